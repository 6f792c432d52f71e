package delivery.store.adapters;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes the order service's events on order.events of the test vhost, as real envelopes. */
public final class OrderEvents implements AutoCloseable {

    private final EventCodec codec;
    private final Connection connection;
    private final Channel channel;

    public OrderEvents(EventCodec codec) throws Exception {
        this.codec = codec;
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri("amqp://guest:guest@127.0.0.1:5672/test");
        connection = factory.newConnection("store-tests");
        channel = connection.createChannel();
    }

    /** An order.confirmed payload as the order service writes it: a line without options has none, no note no note. */
    public static Map<String, Object> confirmed(UUID orderId, String storeId, String siteId, String slotId) {
        Map<String, Object> payload = new HashMap<>();
        payload.put("orderId", orderId);
        payload.put("customerId", UUID.randomUUID());
        payload.put("storeId", storeId);
        payload.put("siteId", siteId);
        payload.put("slotId", slotId);
        payload.put("items", List.of(
                Map.of("productId", "0b8f7c1e-7d7b-4f0e-9a51-2f6f1d1e0a01", "name", "Kimbap", "unitPrice", 4_500,
                        "quantity", 2, "options", List.of(Map.of("name", "extra egg", "unitPrice", 500, "quantity", 1))),
                Map.of("productId", "0b8f7c1e-7d7b-4f0e-9a51-2f6f1d1e0a02", "name", "Coffee", "unitPrice", 3_000,
                        "quantity", 1)));
        payload.put("note", "no cucumber, please");
        payload.put("totalAmount", 13_000);
        return payload;
    }

    public static EventEnvelope envelope(String type, UUID orderId, Object payload, EventCodec codec) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), orderId.toString(), "test-" + type,
                codec.toTree(payload));
    }

    public EventEnvelope envelope(String type, UUID orderId, Object payload) {
        return envelope(type, orderId, payload, codec);
    }

    public void publish(EventEnvelope envelope) throws Exception {
        channel.basicPublish("order.events", envelope.type(), new AMQP.BasicProperties.Builder()
                .messageId(envelope.eventId().toString()).contentType("application/json").build(), codec.encode(envelope));
    }

    /** The next message in a queue, or null; for looking into dead-letter queues. */
    public EventEnvelope take(String queue) throws Exception {
        GetResponse response = channel.basicGet(queue, true);
        return response == null ? null : codec.decode(response.getBody());
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
