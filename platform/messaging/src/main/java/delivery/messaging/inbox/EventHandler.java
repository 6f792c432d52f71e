package delivery.messaging.inbox;

import delivery.messaging.EventEnvelope;

/** What a consumer does with one event; runs inside the transaction that records it in the inbox. */
@FunctionalInterface
public interface EventHandler {
    void handle(EventEnvelope envelope);
}
