package delivery.messaging.outbox;

import java.util.UUID;

/** Raised inside the writing transaction; the relay reacts once that transaction commits. */
public record OutboxAppended(UUID eventId) {
}
