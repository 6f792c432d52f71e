package delivery.order.adapters;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import delivery.messaging.ConsumerQueues;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** The tests' own queues on store.events, billing.events and rider.events (test vhost), declared before the listener subscribes. */
@Singleton
public class PrivateQueues implements BeanCreatedEventListener<Connection> {

    private final String storeEvents;
    private final String billingEvents;
    private final String riderEvents;

    public PrivateQueues(@Value("${messaging.queues.store-events}") String storeEvents,
                         @Value("${messaging.queues.billing-events}") String billingEvents,
                         @Value("${messaging.queues.rider-events}") String riderEvents) {
        this.storeEvents = storeEvents;
        this.billingEvents = billingEvents;
        this.riderEvents = riderEvents;
    }

    @Override
    public Connection onCreated(BeanCreatedEvent<Connection> event) {
        try (Channel channel = event.getBean().createChannel()) {
            ConsumerQueues.declare(channel, storeEvents, "store.events", "#", 5);
            ConsumerQueues.declare(channel, billingEvents, "billing.events", "#", 5);
            ConsumerQueues.declare(channel, riderEvents, "rider.events", "#", 5);
        } catch (Exception e) {
            throw new IllegalStateException("cannot declare the test queues", e);
        }
        return event.getBean();
    }
}
