package delivery.store.domain;

import java.util.UUID;

public record StoreApproved(UUID storeId, UUID ownerId, String name) {
}
