package delivery.store.domain;

import java.util.UUID;

public record StoreRejected(UUID storeId, UUID ownerId, String name, String reason) {
}
