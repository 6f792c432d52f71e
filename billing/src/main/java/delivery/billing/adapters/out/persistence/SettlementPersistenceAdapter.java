package delivery.billing.adapters.out.persistence;

import delivery.billing.application.port.out.SettlementRepository;
import delivery.billing.domain.SettlementEntry;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Singleton
class SettlementPersistenceAdapter implements SettlementRepository {

    private final Sql sql;

    SettlementPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean book(SettlementEntry entry) {
        return sql.update("""
                insert into settlement_entry (id, store_id, order_id, kind, gross, commission, deduction, booked_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (order_id) where kind = 'BOOKING' do nothing""",
                entry.id(), entry.storeId(), entry.orderId(), entry.kind(), entry.gross(), entry.commission(),
                entry.deduction(), entry.bookedAt()) == 1;
    }

    @Override
    public List<SettlementEntry> entriesOf(UUID storeId, Instant from, Instant to) {
        return sql.list("""
                select * from settlement_entry where store_id = ? and booked_at >= ? and booked_at < ?
                order by booked_at""", row -> new SettlementEntry(Sql.uuid(row, "id"), Sql.uuid(row, "store_id"),
                Sql.uuid(row, "order_id"), SettlementEntry.Kind.valueOf(row.getString("kind")), row.getLong("gross"),
                row.getLong("commission"), row.getLong("deduction"), Sql.instant(row, "booked_at")), storeId, from, to);
    }
}
