package delivery.store.domain;

import java.util.UUID;

public record TicketRejected(UUID orderId, UUID storeId, String reason) {
}
