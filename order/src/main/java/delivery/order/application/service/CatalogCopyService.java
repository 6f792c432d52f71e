package delivery.order.application.service;

import delivery.order.application.port.in.UpdateCatalogCopyUseCase;
import delivery.order.application.port.out.CatalogCopyRepository;
import delivery.order.domain.Quote;
import delivery.order.domain.QuoteRequest;
import delivery.order.domain.RequestedItem;
import delivery.order.domain.catalog.CatalogPricing;
import delivery.order.domain.catalog.CatalogProduct;
import delivery.order.domain.catalog.CatalogSite;
import delivery.order.domain.catalog.CatalogSlot;
import delivery.order.domain.catalog.CatalogStoreStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The order service's copy of the store catalog: kept current from the store's events, and
 * asked to price an order, by the store's own rules, when the store service cannot be.
 * "Now" is the time of day of the {@link Clock} bean, whose zone is the service's ({@code order.zone}).
 */
@Singleton
public class CatalogCopyService implements UpdateCatalogCopyUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogCopyService.class);

    private final CatalogCopyRepository catalog;
    private final Clock clock;

    public CatalogCopyService(CatalogCopyRepository catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    /**
     * @throws delivery.order.domain.QuoteRefusedException the store's rules refuse the request
     * @throws delivery.order.domain.catalog.CatalogCannotVouchException the copy lacks the store, a product or the slot
     */
    @Transactional(readOnly = true)
    public Quote quote(QuoteRequest request) {
        return CatalogPricing.quote(request,
                catalog.findStore(request.storeId()).orElse(null),
                catalog.findSlot(request.slotId()).orElse(null),
                catalog.findProducts(request.storeId(), request.items().stream().map(RequestedItem::productId).toList()),
                LocalTime.now(clock));
    }

    @Override
    @Transactional
    public void storeRegistered(UUID storeId, String name, Set<UUID> siteIds, LocalTime openTime, LocalTime closeTime) {
        catalog.saveRegistration(storeId, name, siteIds, openTime, closeTime);
    }

    @Override
    @Transactional
    public void storeReviewed(UUID storeId, String name, CatalogStoreStatus status) {
        if (status == CatalogStoreStatus.PENDING_REVIEW) {
            throw new IllegalArgumentException("a review approves or rejects a store");
        }
        catalog.saveReview(storeId, name, status);
    }

    @Override
    @Transactional
    public void menuChanged(UUID storeId, Instant asOf, List<CatalogProduct> products) {
        if (products.stream().anyMatch(product -> !product.storeId().equals(storeId))) {
            throw new IllegalArgumentException("a menu of store " + storeId + " lists another store's product");
        }
        if (!catalog.replaceMenu(storeId, asOf, products)) {
            LOG.info("menu of store {} as of {} is older than the copy's; kept the newer one", storeId, asOf);
        }
    }

    @Override
    @Transactional
    public void siteRegistered(CatalogSite site) {
        catalog.saveSite(site);
    }

    @Override
    @Transactional
    public void slotRegistered(CatalogSlot slot) {
        catalog.saveSlot(slot);
    }
}
