package delivery.messaging.outbox;

import java.util.UUID;

/** An outbox row not yet confirmed by the broker. */
record PendingEvent(long id, UUID eventId, String exchange, String routingKey, byte[] body,
                    String correlationId, String traceparent) {
}
