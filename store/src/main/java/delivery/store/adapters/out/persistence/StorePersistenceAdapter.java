package delivery.store.adapters.out.persistence;

import delivery.store.application.port.out.StoreRepository;
import delivery.store.domain.Commission;
import delivery.store.domain.Store;
import delivery.store.domain.StoreStatus;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
class StorePersistenceAdapter implements StoreRepository {

    private final JdbcRepositories.StoreRows stores;
    private final JdbcRepositories.StoreSiteRows storeSites;

    StorePersistenceAdapter(JdbcRepositories.StoreRows stores, JdbcRepositories.StoreSiteRows storeSites) {
        this.stores = stores;
        this.storeSites = storeSites;
    }

    @Override
    public void insert(Store store) {
        stores.save(row(store));
        store.siteIds().forEach(siteId -> storeSites.save(new StoreSiteRow(new StoreSiteRow.Key(store.id(), siteId))));
    }

    @Override
    public void update(Store store) {
        stores.update(row(store));
    }

    @Override
    public Optional<Store> lockById(UUID storeId) {
        return stores.findByIdForUpdate(storeId).map(row -> {
            Set<UUID> siteIds = storeSites.findByStoreId(storeId).stream()
                    .map(site -> site.key().siteId()).collect(Collectors.toSet());
            return Store.restore(row.id(), row.name(), row.ownerId(), row.openTime(), row.closeTime(), siteIds,
                    row.capacityPerSlot(), new Commission(Commission.Type.valueOf(row.commissionType()), row.commissionValue()),
                    StoreStatus.valueOf(row.status()), row.rejectionReason());
        });
    }

    private static StoreRow row(Store store) {
        return new StoreRow(store.id(), store.name(), store.ownerId(), store.openTime(), store.closeTime(),
                store.capacityPerSlot(), store.commission().type().name(), store.commission().value(),
                store.status().name(), store.rejectionReason());
    }
}
