package delivery.messaging.outbox;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import delivery.messaging.Correlation;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/** Publishes a batch on a channel in confirm mode and returns only once the broker has confirmed all of it. */
@Singleton
public class ConfirmedPublisher {

    private final Connection connection;
    private final long confirmTimeoutMillis;
    private Channel channel;

    public ConfirmedPublisher(Connection connection,
                              @Value("${messaging.outbox.confirm-timeout:5s}") java.time.Duration confirmTimeout) {
        this.connection = connection;
        this.confirmTimeoutMillis = confirmTimeout.toMillis();
    }

    synchronized void publish(List<PendingEvent> events) {
        try {
            Channel open = channel();
            for (PendingEvent event : events) {
                open.basicPublish(event.exchange(), event.routingKey(), false, properties(event), event.body());
            }
            open.waitForConfirmsOrDie(confirmTimeoutMillis);
        } catch (IOException | TimeoutException | RuntimeException e) {
            throw new PublishFailedException("broker did not confirm " + events.size() + " event(s): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for confirms", e);
        }
    }

    private static AMQP.BasicProperties properties(PendingEvent event) {
        Map<String, Object> headers = new HashMap<>();
        headers.put(Correlation.AMQP_HEADER, event.correlationId());
        if (event.traceparent() != null) {
            headers.put(Correlation.TRACEPARENT, event.traceparent());
        }
        return new AMQP.BasicProperties.Builder()
                .messageId(event.eventId().toString())
                .correlationId(event.correlationId())
                .type(event.routingKey())
                .contentType("application/json")
                .contentEncoding("utf-8")
                .deliveryMode(2)
                .timestamp(new Date())
                .headers(headers)
                .build();
    }

    private Channel channel() throws IOException {
        if (channel == null || !channel.isOpen()) {
            channel = connection.createChannel();
            channel.confirmSelect();
        }
        return channel;
    }

    @PreDestroy
    synchronized void close() {
        if (channel != null && channel.isOpen()) {
            try {
                channel.close();
            } catch (IOException | TimeoutException | RuntimeException ignored) {
                // the connection is closing as well
            }
        }
    }
}
