package delivery.billing.domain;

import delivery.billing.domain.PaymentEvents.PaymentApproved;
import delivery.billing.domain.PaymentEvents.PaymentCaptured;
import delivery.billing.domain.PaymentEvents.PaymentPending;
import delivery.billing.domain.PaymentEvents.PaymentRefunded;
import delivery.billing.domain.PaymentEvents.PaymentRejected;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one payment of an order. Money is taken when it is APPROVED; what was taken and not yet
 * refunded is {@link #refundable()}; it can never be refunded beyond what was taken.
 */
public final class Payment {

    private final UUID id;
    private final UUID orderId;
    private final UUID customerId;
    private final PaymentMethod method;
    private final long amount;
    private final String accountNumber;
    private final Instant expiresAt;
    private PaymentStatus status;
    private long refundedAmount;
    private String reason;

    private Payment(UUID id, UUID orderId, UUID customerId, PaymentMethod method, long amount, PaymentStatus status,
                    long refundedAmount, String reason, String accountNumber, Instant expiresAt) {
        if (amount < 0 || refundedAmount < 0 || refundedAmount > amount) {
            throw new IllegalArgumentException("0 <= refunded <= amount");
        }
        this.id = Objects.requireNonNull(id);
        this.orderId = Objects.requireNonNull(orderId);
        this.customerId = Objects.requireNonNull(customerId);
        this.method = Objects.requireNonNull(method);
        this.amount = amount;
        this.status = Objects.requireNonNull(status);
        this.refundedAmount = refundedAmount;
        this.reason = reason;
        this.accountNumber = accountNumber;
        this.expiresAt = expiresAt;
    }

    public static Payment approved(UUID orderId, UUID customerId, PaymentMethod method, long amount) {
        return new Payment(UUID.randomUUID(), orderId, customerId, method, amount, PaymentStatus.APPROVED, 0, null,
                null, null);
    }

    public static Payment rejected(UUID orderId, UUID customerId, PaymentMethod method, long amount, String reason) {
        return new Payment(UUID.randomUUID(), orderId, customerId, method, amount, PaymentStatus.REJECTED, 0, reason,
                null, null);
    }

    public static Payment awaitingDeposit(UUID orderId, UUID customerId, long amount, String accountNumber,
                                          Instant expiresAt) {
        return new Payment(UUID.randomUUID(), orderId, customerId, PaymentMethod.VIRTUAL_ACCOUNT, amount,
                PaymentStatus.PENDING, 0, null, Objects.requireNonNull(accountNumber), Objects.requireNonNull(expiresAt));
    }

    public static Payment restore(UUID id, UUID orderId, UUID customerId, PaymentMethod method, long amount,
                                  PaymentStatus status, long refundedAmount, String reason, String accountNumber,
                                  Instant expiresAt) {
        return new Payment(id, orderId, customerId, method, amount, status, refundedAmount, reason, accountNumber,
                expiresAt);
    }

    /** The customer paid into the virtual account before it expired. */
    public void deposit(Instant now) {
        if (status != PaymentStatus.PENDING) {
            throw new IllegalTransitionException("payment " + id + " is " + status + ", only a PENDING one takes a deposit");
        }
        if (!now.isBefore(expiresAt)) {
            throw new IllegalTransitionException("the virtual account of payment " + id + " expired at " + expiresAt);
        }
        status = PaymentStatus.APPROVED;
    }

    public boolean isOverdue(Instant now) {
        return status == PaymentStatus.PENDING && !now.isBefore(expiresAt);
    }

    /** A pending payment that will not be paid any more: expired, or its order was cancelled. */
    public void abandon(String why) {
        if (status != PaymentStatus.PENDING) {
            throw new IllegalTransitionException("payment " + id + " is " + status + ", not PENDING");
        }
        status = PaymentStatus.REJECTED;
        reason = why;
    }

    public boolean moneyTaken() {
        return status == PaymentStatus.APPROVED || status == PaymentStatus.CAPTURED || status == PaymentStatus.REFUNDED;
    }

    public long refundable() {
        return moneyTaken() ? amount - refundedAmount : 0;
    }

    /** Captures what is left after refunds; returns the captured amount. */
    public long capture() {
        if (status != PaymentStatus.APPROVED) {
            throw new IllegalTransitionException("payment " + id + " is " + status + ", only an APPROVED one is captured");
        }
        status = PaymentStatus.CAPTURED;
        return amount - refundedAmount;
    }

    /**
     * Gives back up to {@code requested} of what was taken and not yet refunded.
     *
     * @return the refund actually made: its amount is min(requested, refundable); it is full when
     *         the payment has then been refunded entirely
     */
    public Refund refund(long requested, String why) {
        if (status != PaymentStatus.APPROVED && status != PaymentStatus.CAPTURED) {
            throw new IllegalTransitionException("payment " + id + " is " + status + ", nothing to refund");
        }
        if (requested < 0) {
            throw new InvalidValueException("amount", "a refund is never negative, was " + requested);
        }
        long refunded = Math.min(requested, amount - refundedAmount);
        refundedAmount += refunded;
        boolean full = refundedAmount == amount;
        if (full) {
            status = PaymentStatus.REFUNDED;
        }
        return new Refund(UUID.randomUUID(), id, orderId, refunded, full, why);
    }

    public PaymentPending pending() {
        return new PaymentPending(id, orderId, customerId, method.name(), amount, accountNumber, expiresAt);
    }

    public PaymentApproved approvedEvent() {
        return new PaymentApproved(id, orderId, customerId, method.name(), amount);
    }

    public PaymentRejected rejectedEvent() {
        return new PaymentRejected(id, orderId, customerId, method.name(), reason);
    }

    public PaymentCaptured captured(long capturedAmount) {
        return new PaymentCaptured(id, orderId, customerId, capturedAmount);
    }

    public PaymentRefunded refunded(Refund refund) {
        return new PaymentRefunded(id, orderId, customerId, refund.amount(), refund.reason(), refund.full());
    }

    public UUID id() { return id; }
    public UUID orderId() { return orderId; }
    public UUID customerId() { return customerId; }
    public PaymentMethod method() { return method; }
    public long amount() { return amount; }
    public PaymentStatus status() { return status; }
    public long refundedAmount() { return refundedAmount; }
    public String reason() { return reason; }
    public String accountNumber() { return accountNumber; }
    public Instant expiresAt() { return expiresAt; }
}
