package delivery.order.application.port.out;

import delivery.order.domain.catalog.CatalogProduct;
import delivery.order.domain.catalog.CatalogSite;
import delivery.order.domain.catalog.CatalogSlot;
import delivery.order.domain.catalog.CatalogStore;
import delivery.order.domain.catalog.CatalogStoreStatus;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The order service's copy of the store catalog. */
public interface CatalogCopyRepository {

    Optional<CatalogStore> findStore(UUID storeId);

    Optional<CatalogSlot> findSlot(UUID slotId);

    Optional<CatalogSite> findSite(UUID siteId);

    /** Those of the given products that are on the store's menu, by id. */
    Map<UUID, CatalogProduct> findProducts(UUID storeId, Collection<UUID> productIds);

    /** Adds the store as PENDING_REVIEW, or updates what it registered while keeping its review status. */
    void saveRegistration(UUID storeId, String name, Set<UUID> siteIds, LocalTime openTime, LocalTime closeTime);

    /** Sets the store's review status, adding the store if its registration has not arrived yet. */
    void saveReview(UUID storeId, String name, CatalogStoreStatus status);

    /**
     * Replaces the store's menu with the given snapshot unless the copy holds a newer one.
     *
     * @return whether the snapshot was taken
     */
    boolean replaceMenu(UUID storeId, Instant asOf, List<CatalogProduct> products);

    void saveSite(CatalogSite site);

    void saveSlot(CatalogSlot slot);
}
