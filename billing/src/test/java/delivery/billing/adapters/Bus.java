package delivery.billing.adapters;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes the events other services would, on the test vhost, as EVENTS.md describes them. */
@Singleton
class Bus {

    private final EventCodec codec;
    private final Connection connection;
    private final Channel channel;

    Bus(EventCodec codec) throws Exception {
        this.codec = codec;
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri("amqp://guest:guest@127.0.0.1:5672/test");
        connection = factory.newConnection("billing-tests");
        channel = connection.createChannel();
    }

    @PreDestroy
    void close() throws Exception {
        connection.close();
    }

    EventEnvelope event(String type, Object aggregateId, Map<String, Object> payload) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), aggregateId.toString(), "test-" + type,
                codec.toTree(payload));
    }

    synchronized void publish(String exchange, EventEnvelope envelope) {
        try {
            channel.basicPublish(exchange, envelope.type(), new AMQP.BasicProperties.Builder()
                    .messageId(envelope.eventId().toString()).contentType("application/json").build(),
                    codec.encode(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An order.placed of one line per product id given, each 1 x unitPrice, as the order service writes it. */
    static Map<String, Object> orderPlaced(UUID orderId, UUID customerId, UUID storeId, String method, String cardToken,
                                           String couponCode, long points, List<Map<String, Object>> items) {
        long total = 0;
        for (Map<String, Object> item : items) {
            long unit = ((Number) item.get("unitPrice")).longValue();
            for (Object option : (List<?>) item.get("options")) {
                Map<?, ?> o = (Map<?, ?>) option;
                unit += ((Number) o.get("unitPrice")).longValue() * ((Number) o.get("quantity")).longValue();
            }
            total += unit * ((Number) item.get("quantity")).longValue();
        }
        Map<String, Object> payload = new java.util.HashMap<>();
        payload.put("orderId", orderId.toString());
        payload.put("customerId", customerId.toString());
        payload.put("storeId", storeId.toString());
        payload.put("siteId", UUID.randomUUID().toString());
        payload.put("slotId", UUID.randomUUID().toString());
        payload.put("items", items);
        payload.put("note", "by the door");
        payload.put("paymentMethod", method);
        if (cardToken != null) {
            payload.put("cardToken", cardToken);
        }
        if (couponCode != null) {
            payload.put("couponCode", couponCode);
        }
        payload.put("points", points);
        payload.put("totalAmount", total);
        payload.put("placedAt", Instant.now().toString());
        return payload;
    }

    static Map<String, Object> item(UUID productId, long unitPrice, int quantity, Map<String, Object>... options) {
        return Map.of("productId", productId.toString(), "name", "Kimbap", "unitPrice", unitPrice,
                "quantity", quantity, "options", List.of(options));
    }

    static Map<String, Object> option(long unitPrice, int quantity) {
        return Map.of("name", "extra egg", "unitPrice", unitPrice, "quantity", quantity);
    }
}
