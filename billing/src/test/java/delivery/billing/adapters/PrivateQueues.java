package delivery.billing.adapters;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import delivery.messaging.ConsumerQueues;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * The tests' own queues on order.events, rider.events and store.events (test vhost), declared and
 * emptied before the listeners subscribe: other modules' tests publish on the same exchanges.
 */
@Singleton
public class PrivateQueues implements BeanCreatedEventListener<Connection> {

    private final String orderEvents;
    private final String riderEvents;
    private final String storeEvents;

    public PrivateQueues(@Value("${messaging.queues.order-events}") String orderEvents,
                         @Value("${messaging.queues.rider-events}") String riderEvents,
                         @Value("${messaging.queues.store-events}") String storeEvents) {
        this.orderEvents = orderEvents;
        this.riderEvents = riderEvents;
        this.storeEvents = storeEvents;
    }

    @Override
    public Connection onCreated(BeanCreatedEvent<Connection> event) {
        try (Channel channel = event.getBean().createChannel()) {
            declare(channel, orderEvents, "order.events");
            declare(channel, riderEvents, "rider.events");
            declare(channel, storeEvents, "store.events");
        } catch (Exception e) {
            throw new IllegalStateException("cannot declare the test queues", e);
        }
        return event.getBean();
    }

    private static void declare(Channel channel, String queue, String exchange) throws java.io.IOException {
        ConsumerQueues.declare(channel, queue, exchange, "#", 5);
        channel.queuePurge(queue);
    }
}
