package delivery.billing.domain;

import java.time.Instant;
import java.util.UUID;

/** The payment events of contracts/EVENTS.md (billing.events), as records. */
public final class PaymentEvents {

    private PaymentEvents() {
    }

    public record PaymentPending(UUID paymentId, UUID orderId, UUID customerId, String method, long amount,
                                 String accountNumber, Instant expiresAt) {
    }

    public record PaymentApproved(UUID paymentId, UUID orderId, UUID customerId, String method, long amount) {
    }

    public record PaymentRejected(UUID paymentId, UUID orderId, UUID customerId, String method, String reason) {
    }

    public record PaymentCaptured(UUID paymentId, UUID orderId, UUID customerId, long amount) {
    }

    public record PaymentRefunded(UUID paymentId, UUID orderId, UUID customerId, long amount, String reason,
                                  boolean full) {
    }
}
