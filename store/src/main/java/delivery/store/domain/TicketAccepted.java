package delivery.store.domain;

import java.time.Instant;
import java.util.UUID;

public record TicketAccepted(UUID orderId, UUID storeId, UUID siteId, UUID slotId, Instant acceptedAt) {
}
