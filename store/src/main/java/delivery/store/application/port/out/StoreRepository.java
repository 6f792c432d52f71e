package delivery.store.application.port.out;

import delivery.store.domain.Store;

import java.util.Optional;
import java.util.UUID;

public interface StoreRepository {

    void insert(Store store);

    void update(Store store);

    Optional<Store> findById(UUID storeId);

    /** Loads the store locked for update until the transaction ends. */
    Optional<Store> lockById(UUID storeId);
}
