package delivery.store.adapters;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import delivery.messaging.ConsumerQueues;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * The tests' own queue on order.events (test vhost), declared before the listener subscribes and
 * emptied of what an earlier run left, so each test context starts from a clean queue.
 */
@Singleton
public class PrivateQueues implements BeanCreatedEventListener<Connection> {

    private final String orderEvents;

    public PrivateQueues(@Value("${messaging.queues.order-events}") String orderEvents) {
        this.orderEvents = orderEvents;
    }

    @Override
    public Connection onCreated(BeanCreatedEvent<Connection> event) {
        try (Channel channel = event.getBean().createChannel()) {
            ConsumerQueues.declare(channel, orderEvents, "order.events", "order.#", 5);
            channel.queuePurge(orderEvents);
            channel.queuePurge(orderEvents + ".dlq");
        } catch (Exception e) {
            throw new IllegalStateException("cannot declare the test queues", e);
        }
        return event.getBean();
    }
}
