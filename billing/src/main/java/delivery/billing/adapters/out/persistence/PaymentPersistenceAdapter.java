package delivery.billing.adapters.out.persistence;

import delivery.billing.application.port.out.PaymentRepository;
import delivery.billing.domain.Payment;
import delivery.billing.domain.PaymentMethod;
import delivery.billing.domain.PaymentStatus;
import delivery.billing.domain.Refund;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class PaymentPersistenceAdapter implements PaymentRepository {

    private final Sql sql;
    private final Clock clock;

    PaymentPersistenceAdapter(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public void insert(Payment payment) {
        sql.update("""
                insert into payment (id, order_id, customer_id, method, amount, status, refunded_amount, reason,
                                     account_number, expires_at, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                payment.id(), payment.orderId(), payment.customerId(), payment.method(), payment.amount(),
                payment.status(), payment.refundedAmount(), payment.reason(), payment.accountNumber(),
                payment.expiresAt(), clock.instant());
    }

    @Override
    public void update(Payment payment) {
        int updated = sql.update("update payment set status = ?, refunded_amount = ?, reason = ? where id = ?",
                payment.status(), payment.refundedAmount(), payment.reason(), payment.id());
        if (updated != 1) {
            throw new IllegalStateException("payment " + payment.id() + " is not stored");
        }
    }

    @Override
    public Optional<Payment> lockOfOrder(UUID orderId) {
        return sql.one("select * from payment where order_id = ? for update", PaymentPersistenceAdapter::payment, orderId);
    }

    @Override
    public Optional<Payment> lock(UUID paymentId) {
        return sql.one("select * from payment where id = ? for update", PaymentPersistenceAdapter::payment, paymentId);
    }

    @Override
    public Optional<Payment> ofOrder(UUID orderId) {
        return sql.one("select * from payment where order_id = ?", PaymentPersistenceAdapter::payment, orderId);
    }

    @Override
    public List<Payment> claimOverdue(Instant asOf, int limit) {
        return sql.list("""
                select * from payment where status = 'PENDING' and expires_at <= ?
                order by expires_at limit ? for update skip locked""", PaymentPersistenceAdapter::payment, asOf, limit);
    }

    @Override
    public void insertCapture(Payment payment, long amount, Instant at) {
        sql.update("insert into payment_capture (payment_id, order_id, amount, captured_at) values (?, ?, ?, ?)",
                payment.id(), payment.orderId(), amount, at);
    }

    @Override
    public void insertRefund(Refund refund, Instant at) {
        sql.update("""
                insert into refund (id, payment_id, order_id, amount, full_refund, reason, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""",
                refund.id(), refund.paymentId(), refund.orderId(), refund.amount(), refund.full(), refund.reason(), at);
    }

    private static Payment payment(ResultSet row) throws SQLException {
        return Payment.restore(Sql.uuid(row, "id"), Sql.uuid(row, "order_id"), Sql.uuid(row, "customer_id"),
                PaymentMethod.valueOf(row.getString("method")), row.getLong("amount"),
                PaymentStatus.valueOf(row.getString("status")), row.getLong("refunded_amount"), row.getString("reason"),
                row.getString("account_number"), Sql.instant(row, "expires_at"));
    }
}
