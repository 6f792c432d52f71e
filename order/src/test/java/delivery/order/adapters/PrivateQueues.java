package delivery.order.adapters;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import delivery.messaging.ConsumerQueues;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** The tests' own queue on store.events (test vhost), declared before the listener subscribes. */
@Singleton
public class PrivateQueues implements BeanCreatedEventListener<Connection> {

    private final String storeEvents;

    public PrivateQueues(@Value("${messaging.queues.store-events}") String storeEvents) {
        this.storeEvents = storeEvents;
    }

    @Override
    public Connection onCreated(BeanCreatedEvent<Connection> event) {
        try (Channel channel = event.getBean().createChannel()) {
            ConsumerQueues.declare(channel, storeEvents, "store.events", "#", 5);
        } catch (Exception e) {
            throw new IllegalStateException("cannot declare the test queues", e);
        }
        return event.getBean();
    }
}
