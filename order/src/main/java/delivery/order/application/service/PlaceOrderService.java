package delivery.order.application.service;

import delivery.order.application.port.in.CannotVouchForOrderException;
import delivery.order.application.port.in.PlaceOrderUseCase;
import delivery.order.application.port.out.IdempotencyKeys.KeyedPlacement;
import delivery.order.application.port.out.StoreCatalogPort;
import delivery.order.application.port.out.StoreCatalogUnavailableException;
import delivery.order.domain.Order;
import delivery.order.domain.OrderPayment;
import delivery.order.domain.PricedBy;
import delivery.order.domain.Quote;
import delivery.order.domain.QuoteRequest;
import delivery.order.domain.catalog.CatalogCannotVouchException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;

/**
 * Places orders. Everything that can be checked locally is checked first; then the store
 * prices the order, outside any transaction (no database connection waits on the network).
 * Only when the store service cannot answer does the catalog copy price it; a store's refusal
 * is final. The order, its idempotency key and {@code order.placed} are written in one
 * transaction, where the key's unique constraint settles concurrent retries.
 */
@Singleton
public class PlaceOrderService implements PlaceOrderUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(PlaceOrderService.class);

    private final StoreCatalogPort store;
    private final CatalogCopyService catalogCopy;
    private final PlacementRecorder recorder;
    private final Clock clock;

    public PlaceOrderService(StoreCatalogPort store, CatalogCopyService catalogCopy, PlacementRecorder recorder,
                             Clock clock) {
        this.store = store;
        this.catalogCopy = catalogCopy;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public PlacedOrder place(PlaceOrderCommand command) {
        OrderPayment payment = OrderPayment.forPlacement(command.paymentMethod(), command.cardToken(),
                command.couponCode(), command.points());
        QuoteRequest request = new QuoteRequest(command.storeId(), command.siteId(), command.slotId(), command.items());
        String key = command.idempotencyKey();
        String fingerprint = key == null ? null : RequestFingerprint.of(command);
        if (key != null) {
            Optional<PlacedOrder> earlier = earlierPlacement(key, fingerprint);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }

        Priced priced = price(request);
        Order order = Order.place(clock, command.customerId(), command.storeId(), command.siteId(), command.slotId(),
                priced.quote().lines(), command.note(), payment, priced.by());
        KeyedPlacement keyed = key == null ? null : new KeyedPlacement(key, fingerprint, order.id());
        if (!recorder.record(order, keyed)) {
            // a concurrent request with the same key committed first
            return earlierPlacement(key, fingerprint).orElseThrow(() ->
                    new IllegalStateException("Idempotency-Key " + key + " is taken but names no placement"));
        }
        LOG.info("order {} placed for {} KRW, priced by {}", order.id(), order.totalAmount(), priced.by());
        return placedOrder(order);
    }

    private Priced price(QuoteRequest request) {
        try {
            return new Priced(store.quote(request), PricedBy.STORE);
        } catch (StoreCatalogUnavailableException unavailable) {
            LOG.warn("store service unavailable ({}); pricing the order from the catalog copy",
                    unavailable.getMessage());
            try {
                return new Priced(catalogCopy.quote(request), PricedBy.CATALOG_COPY);
            } catch (CatalogCannotVouchException lacking) {
                throw new CannotVouchForOrderException("The store service is unavailable and the order service's "
                        + "catalog copy cannot vouch for the order (" + lacking.getMessage() + "); try again later.",
                        lacking);
            }
        }
    }

    private Optional<PlacedOrder> earlierPlacement(String key, String fingerprint) {
        return recorder.earlierOrder(key, fingerprint).map(PlaceOrderService::placedOrder);
    }

    /** What placing the order answered: the status it was placed in, not the one it has moved on to since. */
    private static PlacedOrder placedOrder(Order order) {
        return new PlacedOrder(order.id(), order.timeline().get(0).status(), order.totalAmount());
    }

    private record Priced(Quote quote, PricedBy by) {
    }
}
