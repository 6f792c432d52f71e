package delivery.billing.adapters.out.persistence;

import delivery.billing.application.port.out.StoreTermsRepository;
import delivery.billing.domain.Commission;
import delivery.billing.domain.CommissionType;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

@Singleton
class StoreTermsPersistenceAdapter implements StoreTermsRepository {

    private final Sql sql;

    StoreTermsPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void save(UUID storeId, Commission commission) {
        sql.update("""
                insert into store_terms (store_id, commission_type, commission_value) values (?, ?, ?)
                on conflict (store_id) do update
                set commission_type = excluded.commission_type, commission_value = excluded.commission_value""",
                storeId, commission.type(), commission.value());
    }

    @Override
    public Optional<Commission> termsOf(UUID storeId) {
        return sql.one("select commission_type, commission_value from store_terms where store_id = ?",
                row -> new Commission(CommissionType.valueOf(row.getString(1)), row.getLong(2)), storeId);
    }
}
