package delivery.rider.adapters;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import delivery.messaging.ConsumerQueues;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** The tests' own queues on store.events and order.events (test vhost), declared before the listeners subscribe. */
@Singleton
public class PrivateQueues implements BeanCreatedEventListener<Connection> {

    private final String storeEvents;
    private final String orderEvents;

    public PrivateQueues(@Value("${messaging.queues.store-events}") String storeEvents,
                         @Value("${messaging.queues.order-events}") String orderEvents) {
        this.storeEvents = storeEvents;
        this.orderEvents = orderEvents;
    }

    @Override
    public Connection onCreated(BeanCreatedEvent<Connection> event) {
        try (Channel channel = event.getBean().createChannel()) {
            ConsumerQueues.declare(channel, storeEvents, "store.events", "#", 5);
            ConsumerQueues.declare(channel, orderEvents, "order.events", "#", 5);
        } catch (Exception e) {
            throw new IllegalStateException("cannot declare the test queues", e);
        }
        return event.getBean();
    }
}
