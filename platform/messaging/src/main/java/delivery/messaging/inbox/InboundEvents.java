package delivery.messaging.inbox;

import com.rabbitmq.client.BasicProperties;
import delivery.messaging.Correlation;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.messaging.UnreadableEventException;
import io.micronaut.context.annotation.Value;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;

/**
 * The one way a RabbitMQ listener hands a message to its service: decodes the envelope,
 * restores the correlation id, runs the handler exactly once per event and consumer
 * (inbox row and effect in one transaction), then acknowledges.
 * <ul>
 *   <li>unreadable message → rejected without requeue, so it goes to the queue's dead-letter queue;</li>
 *   <li>handler failure → requeued after a short backoff; the queue's delivery limit sends a
 *       message that keeps failing to the dead-letter queue instead of looping forever.</li>
 * </ul>
 */
@Singleton
public class InboundEvents {

    private static final Logger LOG = LoggerFactory.getLogger(InboundEvents.class);
    private static final String DELIVERY_COUNT = "x-delivery-count";

    private final EventCodec codec;
    private final Inbox inbox;
    private final TransactionOperations<Connection> transactions;
    private final Duration retryBackoff;

    public InboundEvents(EventCodec codec, Inbox inbox, TransactionOperations<Connection> transactions,
                         @Value("${messaging.inbox.retry-backoff:200ms}") Duration retryBackoff) {
        this.codec = codec;
        this.inbox = inbox;
        this.transactions = transactions;
        this.retryBackoff = retryBackoff;
    }

    public void consume(String consumer, byte[] body, BasicProperties properties,
                        RabbitAcknowledgement acknowledgement, EventHandler handler) {
        EventEnvelope envelope;
        try {
            envelope = codec.decode(body);
        } catch (UnreadableEventException e) {
            LOG.error("{}: dead-lettering unreadable message {}: {}", consumer, messageId(properties), e.getMessage());
            acknowledgement.nack(false, false);
            return;
        }
        try {
            boolean handled = Correlation.within(envelope.correlationId(), header(properties, Correlation.TRACEPARENT),
                    () -> transactions.executeWrite(status -> {
                        if (!inbox.recordFirstDelivery(consumer, envelope)) {
                            return false;
                        }
                        handler.handle(envelope);
                        return true;
                    }));
            if (!handled) {
                LOG.info("{}: {} {} already handled, dropping the repeat", consumer, envelope.type(), envelope.eventId());
            }
            acknowledgement.ack();
        } catch (UnreadableEventException e) {
            LOG.error("{}: dead-lettering {} {}: {}", consumer, envelope.type(), envelope.eventId(), e.getMessage());
            acknowledgement.nack(false, false);
        } catch (RuntimeException e) {
            long attempt = deliveryCount(properties) + 1;
            LOG.warn("{}: {} {} failed on attempt {}, requeueing: {}",
                    consumer, envelope.type(), envelope.eventId(), attempt, e.toString());
            pause(attempt);
            acknowledgement.nack(false, true);
        }
    }

    private void pause(long attempt) {
        try {
            Thread.sleep(Math.min(retryBackoff.toMillis() * attempt, 5_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long deliveryCount(BasicProperties properties) {
        Object count = headers(properties).get(DELIVERY_COUNT);
        return count instanceof Number number ? number.longValue() : 0;
    }

    private static String header(BasicProperties properties, String name) {
        Object value = headers(properties).get(name);
        return value == null ? null : value.toString();
    }

    private static Map<String, Object> headers(BasicProperties properties) {
        return properties == null || properties.getHeaders() == null ? Map.of() : properties.getHeaders();
    }

    private static String messageId(BasicProperties properties) {
        return properties == null ? "?" : properties.getMessageId();
    }
}
