package delivery.store.application.port.in;

import delivery.store.domain.Store;

import java.util.UUID;

public interface ReviewStoreUseCase {

    Store approve(UUID storeId);

    Store reject(UUID storeId, String reason);
}
