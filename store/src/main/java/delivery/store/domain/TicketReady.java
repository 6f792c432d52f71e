package delivery.store.domain;

import java.util.UUID;

public record TicketReady(UUID orderId, UUID storeId, UUID siteId, UUID slotId) {
}
