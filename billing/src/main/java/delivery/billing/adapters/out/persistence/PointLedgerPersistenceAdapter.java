package delivery.billing.adapters.out.persistence;

import delivery.billing.application.port.out.PointLedgerRepository;
import jakarta.inject.Singleton;

import java.util.UUID;

@Singleton
class PointLedgerPersistenceAdapter implements PointLedgerRepository {

    private final JdbcRepositories.PointLedgerRows ledger;
    private final Sql sql;

    PointLedgerPersistenceAdapter(JdbcRepositories.PointLedgerRows ledger, Sql sql) {
        this.ledger = ledger;
        this.sql = sql;
    }

    @Override
    public long balanceOf(UUID customerId) {
        return ledger.sumOfDeltas(customerId);
    }

    @Override
    public void lockBalance(UUID customerId) {
        // a transaction-scoped advisory lock keyed by the customer: released at commit or rollback
        sql.one("select pg_advisory_xact_lock(hashtextextended(?, 0))", row -> true, customerId.toString());
    }

    @Override
    public boolean record(UUID customerId, UUID orderId, Kind kind, long delta, String reason) {
        return sql.update("""
                insert into point_ledger (customer_id, delta, reason, order_id, kind) values (?, ?, ?, ?, ?)
                on conflict (order_id, kind) where order_id is not null and kind is not null do nothing""",
                customerId, delta, reason, orderId, kind) == 1;
    }

    @Override
    public long entryOf(UUID orderId, Kind kind) {
        return sql.one("select delta from point_ledger where order_id = ? and kind = ?", row -> row.getLong(1),
                orderId, kind).orElse(0L);
    }
}
