package delivery.store.application.service;

import delivery.store.application.port.in.RegisterStoreUseCase;
import delivery.store.application.port.in.ReviewStoreUseCase;
import delivery.store.application.port.in.UnknownIdException;
import delivery.store.application.port.out.SiteRepository;
import delivery.store.application.port.out.StoreEventPublisher;
import delivery.store.application.port.out.StoreRepository;
import delivery.store.domain.InvalidValueException;
import delivery.store.domain.Store;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.UUID;

@Singleton
public class StoreOnboardingService implements RegisterStoreUseCase, ReviewStoreUseCase {

    private final StoreRepository stores;
    private final SiteRepository sites;
    private final StoreEventPublisher events;

    public StoreOnboardingService(StoreRepository stores, SiteRepository sites, StoreEventPublisher events) {
        this.stores = stores;
        this.sites = sites;
        this.events = events;
    }

    @Override
    @Transactional
    public Store registerStore(RegisterStoreCommand command) {
        Store store = Store.apply(command.name(), command.ownerId(), command.openTime(), command.closeTime(),
                command.siteIds(), command.capacityPerSlot(), command.commission());
        Set<UUID> unknown = sites.unknown(store.siteIds());
        if (!unknown.isEmpty()) {
            throw new InvalidValueException("siteIds", "unknown delivery site(s): " + unknown);
        }
        stores.insert(store);
        events.storeRegistered(store.registered());
        return store;
    }

    @Override
    @Transactional
    public Store approve(UUID storeId) {
        Store store = load(storeId);
        events.storeApproved(store.approve());
        stores.update(store);
        return store;
    }

    @Override
    @Transactional
    public Store reject(UUID storeId, String reason) {
        Store store = load(storeId);
        events.storeRejected(store.reject(reason));
        stores.update(store);
        return store;
    }

    private Store load(UUID storeId) {
        return stores.lockById(storeId).orElseThrow(() -> new UnknownIdException("storeId", "store", storeId));
    }
}
