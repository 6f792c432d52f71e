package delivery.billing.domain;

import java.util.UUID;

public record SettlementBooked(UUID orderId, UUID storeId, long gross, long commission, long deduction) {
}
