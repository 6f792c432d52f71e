package delivery.store.adapters.out.persistence;

import delivery.store.application.port.out.StoreRepository;
import delivery.store.domain.Commission;
import delivery.store.domain.Store;
import delivery.store.domain.StoreStatus;
import jakarta.inject.Singleton;

import io.micronaut.data.jdbc.runtime.JdbcOperations;

import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Singleton
class StorePersistenceAdapter implements StoreRepository {

    private static final String INSERT_SITE = "insert into store_site (store_id, site_id) values (?, ?)";
    private static final String SITES_OF = "select site_id from store_site where store_id = ?";

    private final JdbcRepositories.StoreRows stores;
    private final JdbcOperations jdbc;

    StorePersistenceAdapter(JdbcRepositories.StoreRows stores, JdbcOperations jdbc) {
        this.stores = stores;
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Store store) {
        stores.save(row(store));
        jdbc.prepareStatement(INSERT_SITE, statement -> {
            for (UUID siteId : store.siteIds()) {
                statement.setObject(1, store.id());
                statement.setObject(2, siteId);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    @Override
    public void update(Store store) {
        stores.update(row(store));
    }

    @Override
    public Optional<Store> findById(UUID storeId) {
        return stores.findById(storeId).map(this::restore);
    }

    @Override
    public Optional<Store> lockById(UUID storeId) {
        return stores.findByIdForUpdate(storeId).map(this::restore);
    }

    private Store restore(StoreRow row) {
        return Store.restore(row.id(), row.name(), row.ownerId(), row.openTime(), row.closeTime(), sitesOf(row.id()),
                row.capacityPerSlot(), new Commission(Commission.Type.valueOf(row.commissionType()), row.commissionValue()),
                StoreStatus.valueOf(row.status()), row.rejectionReason());
    }

    private Set<UUID> sitesOf(UUID storeId) {
        return jdbc.prepareStatement(SITES_OF, statement -> {
            statement.setObject(1, storeId);
            Set<UUID> siteIds = new HashSet<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    siteIds.add(result.getObject(1, UUID.class));
                }
            }
            return siteIds;
        });
    }

    private static StoreRow row(Store store) {
        return new StoreRow(store.id(), store.name(), store.ownerId(), store.openTime(), store.closeTime(),
                store.capacityPerSlot(), store.commission().type().name(), store.commission().value(),
                store.status().name(), store.rejectionReason());
    }
}
