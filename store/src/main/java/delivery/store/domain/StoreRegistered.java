package delivery.store.domain;

import java.util.List;
import java.util.UUID;

/** A store applied to sell on the platform; {@code openTime} and {@code closeTime} are "HH:mm" where the store is. */
public record StoreRegistered(UUID storeId, UUID ownerId, String name, List<UUID> siteIds, int capacityPerSlot,
                              String commissionType, long commissionValue, String openTime, String closeTime) {
}
