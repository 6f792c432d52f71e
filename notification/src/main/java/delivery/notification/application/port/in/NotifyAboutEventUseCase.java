package delivery.notification.application.port.in;

import java.util.Map;
import java.util.UUID;

public interface NotifyAboutEventUseCase {

    /**
     * What an event tells notification: its identity, the parties it names (any may be null:
     * the service fills them in from what earlier events taught it) and the facts the message
     * templates may use (storeName, reason, amount, …).
     */
    record EventNotice(UUID eventId, String type, UUID orderId, UUID customerId, UUID storeId, UUID ownerId,
                       UUID riderId, String storeName, Map<String, String> facts) {

        public EventNotice {
            // a notice read back from deferred_notice without facts comes with none, not an empty map
            facts = facts == null ? Map.of() : Map.copyOf(facts);
        }
    }

    /** @return how many notifications were newly stored (0 for a repeat or an event nobody is told of) */
    int handle(EventNotice notice);
}
