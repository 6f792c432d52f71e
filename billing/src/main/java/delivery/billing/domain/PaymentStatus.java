package delivery.billing.domain;

/**
 * PENDING (virtual account awaiting its deposit) → APPROVED (money taken) → CAPTURED (order
 * delivered); PENDING → REJECTED (expired, or order cancelled before the deposit); a declined card
 * is REJECTED at once; APPROVED or CAPTURED → REFUNDED once everything taken was given back.
 */
public enum PaymentStatus { PENDING, APPROVED, REJECTED, CAPTURED, REFUNDED }
