package delivery.order.application.port.in;

import delivery.order.domain.catalog.CatalogProduct;
import delivery.order.domain.catalog.CatalogSite;
import delivery.order.domain.catalog.CatalogSlot;
import delivery.order.domain.catalog.CatalogStoreStatus;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the order service's copy of the store catalog current from the store's events, which
 * may arrive late, twice or out of order: a review is never undone by a late registration, and
 * an older menu snapshot never replaces a newer one.
 */
public interface UpdateCatalogCopyUseCase {

    /** {@code openTime} and {@code closeTime} are null when the event predates them. */
    void storeRegistered(UUID storeId, String name, Set<UUID> siteIds, LocalTime openTime, LocalTime closeTime);

    /** {@code status} is APPROVED or REJECTED. */
    void storeReviewed(UUID storeId, String name, CatalogStoreStatus status);

    /** The store's whole menu as of {@code asOf}; replaces what the copy had. */
    void menuChanged(UUID storeId, Instant asOf, List<CatalogProduct> products);

    void siteRegistered(CatalogSite site);

    void slotRegistered(CatalogSlot slot);
}
