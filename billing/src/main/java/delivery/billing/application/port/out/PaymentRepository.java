package delivery.billing.application.port.out;

import delivery.billing.domain.Payment;
import delivery.billing.domain.Refund;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface PaymentRepository {

    /** The database allows one payment per order: a second insert fails the transaction. */
    void insert(Payment payment);

    /** Writes status, refunded amount and reason; the database refuses refunds beyond the amount. */
    void update(Payment payment);

    /** The order's payment, locked until the transaction ends. */
    Optional<Payment> lockOfOrder(UUID orderId);

    /** The payment, locked until the transaction ends. */
    Optional<Payment> lock(UUID paymentId);

    /** The order's payment as committed, for reading. */
    Optional<Payment> ofOrder(UUID orderId);

    /** Pending payments due at {@code asOf}, locked, skipping those another transaction holds. */
    List<Payment> claimOverdue(Instant asOf, int limit);

    /** One capture per payment: a second one fails the transaction. */
    void insertCapture(Payment payment, long amount, Instant at);

    /** At most one full refund per order: a second one fails the transaction. */
    void insertRefund(Refund refund, Instant at);
}
