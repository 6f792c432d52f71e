package delivery.notification.adapters;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Publishes events on the publishers' exchanges of the test vhost, as the other services would. */
final class TestEvents implements AutoCloseable {

    private final EventCodec codec;
    private final Connection connection;
    private final Channel channel;

    TestEvents(EventCodec codec) throws Exception {
        this.codec = codec;
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri("amqp://guest:guest@127.0.0.1:5672/test");
        connection = factory.newConnection("notification-tests");
        channel = connection.createChannel();
    }

    /** Empties the tests' queues of what other modules' tests published on the shared test vhost. */
    void purge() throws Exception {
        for (String queue : new String[] {"store-events", "order-events", "billing-events", "rider-events"}) {
            channel.queuePurge("notification-test." + queue);
        }
    }

    EventEnvelope envelope(String type, Map<String, Object> payload) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), UUID.randomUUID().toString(),
                "test-" + type, codec.toTree(payload));
    }

    EventEnvelope publish(String exchange, String type, Map<String, Object> payload) {
        return publish(exchange, envelope(type, payload));
    }

    EventEnvelope publish(String exchange, EventEnvelope envelope) {
        try {
            channel.basicPublish(exchange, envelope.type(), new AMQP.BasicProperties.Builder()
                    .messageId(envelope.eventId().toString()).contentType("application/json").build(),
                    codec.encode(envelope));
            return envelope;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
