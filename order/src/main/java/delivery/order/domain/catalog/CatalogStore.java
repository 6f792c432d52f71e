package delivery.order.domain.catalog;

import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A store as the order service's catalog copy knows it. Business hours are unknown (null) when
 * the store registered before its events carried them.
 */
public record CatalogStore(UUID storeId, String name, CatalogStoreStatus status, Set<UUID> siteIds,
                           LocalTime openTime, LocalTime closeTime) {

    public CatalogStore {
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(status, "status");
        siteIds = siteIds == null ? Set.of() : Set.copyOf(siteIds);
    }

    /**
     * Whether the store takes orders at this time of day: from its opening time up to, not
     * including, its closing time, as the store service decides it. Unknown hours never close it.
     */
    public boolean isOpenAt(LocalTime time) {
        if (openTime == null || closeTime == null) {
            return true;
        }
        return !time.isBefore(openTime) && time.isBefore(closeTime);
    }
}
