package delivery.billing.domain;

import java.util.UUID;

/** Money given back on a payment; full when the payment has been refunded entirely. */
public record Refund(UUID id, UUID paymentId, UUID orderId, long amount, boolean full, String reason) {
}
