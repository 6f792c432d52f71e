package delivery.notification.adapters;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import delivery.messaging.ConsumerQueues;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.util.Map;

/** The tests' own queues on each publisher's exchange (test vhost), declared before the listeners subscribe. */
@Singleton
public class PrivateQueues implements BeanCreatedEventListener<Connection> {

    private final Map<String, String> queueByExchange;

    public PrivateQueues(@Value("${messaging.queues.store-events}") String storeEvents,
                         @Value("${messaging.queues.order-events}") String orderEvents,
                         @Value("${messaging.queues.billing-events}") String billingEvents,
                         @Value("${messaging.queues.rider-events}") String riderEvents) {
        this.queueByExchange = Map.of("store.events", storeEvents, "order.events", orderEvents,
                "billing.events", billingEvents, "rider.events", riderEvents);
    }

    @Override
    public Connection onCreated(BeanCreatedEvent<Connection> event) {
        try (Channel channel = event.getBean().createChannel()) {
            for (Map.Entry<String, String> queue : queueByExchange.entrySet()) {
                ConsumerQueues.declare(channel, queue.getValue(), queue.getKey(), "#", 5);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot declare the test queues", e);
        }
        return event.getBean();
    }
}
