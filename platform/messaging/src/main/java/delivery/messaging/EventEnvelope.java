package delivery.messaging;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The body of every message on the bus:
 * {eventId, type, version, occurredAt, aggregateId, correlationId, payload}.
 * The AMQP message_id of a message is its eventId.
 */
@Serdeable
public record EventEnvelope(
        UUID eventId,
        String type,
        int version,
        Instant occurredAt,
        String aggregateId,
        String correlationId,
        JsonNode payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(payload, "payload");
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
    }

    /**
     * A payload field the consumer cannot do without: its value, or an {@link UnreadableEventException}
     * naming the event and the field (the message goes to the dead-letter queue).
     */
    public <T> T required(String field, T value) {
        if (value == null) {
            throw new UnreadableEventException(type + " " + eventId + " has no " + field, null);
        }
        return value;
    }
}
