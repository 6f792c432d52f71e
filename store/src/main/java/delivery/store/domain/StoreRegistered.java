package delivery.store.domain;

import java.util.List;
import java.util.UUID;

public record StoreRegistered(UUID storeId, UUID ownerId, String name, List<UUID> siteIds, int capacityPerSlot,
                              String commissionType, long commissionValue) {
}
