package delivery.store.application.service;

import delivery.store.application.port.in.QuoteOrderUseCase;
import delivery.store.application.port.in.UnknownIdException;
import delivery.store.application.port.out.ProductRepository;
import delivery.store.application.port.out.SiteRepository;
import delivery.store.application.port.out.StoreRepository;
import delivery.store.domain.OrderTimeSlot;
import delivery.store.domain.Product;
import delivery.store.domain.Quote;
import delivery.store.domain.RequestedItem;
import delivery.store.domain.Store;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks and prices an order for the order service. Refusals come in this order: a malformed
 * request (400), unknown ids (404), options outside their limits (400), then what the store's
 * state forbids now (409).
 */
@Singleton
public class QuoteService implements QuoteOrderUseCase {

    private final StoreRepository stores;
    private final SiteRepository sites;
    private final ProductRepository products;
    private final StoreTime time;

    public QuoteService(StoreRepository stores, SiteRepository sites, ProductRepository products, StoreTime time) {
        this.stores = stores;
        this.sites = sites;
        this.products = products;
        this.time = time;
    }

    @Override
    @Transactional(readOnly = true)
    public Quote quote(QuoteOrderCommand command) {
        Quote.requireWellFormed(command.items());
        Store store = stores.findById(command.storeId())
                .orElseThrow(() -> new UnknownIdException("storeId", "store", command.storeId()));
        List<Product> productPerItem = productsOf(store, command.items());
        OrderTimeSlot slot = sites.findSlot(command.slotId())
                .filter(found -> found.siteId().equals(command.siteId()))
                .orElseThrow(() -> new UnknownIdException("slotId", "slot of site " + command.siteId(), command.slotId()));
        return Quote.price(store, command.siteId(), slot, command.items(), productPerItem,
                time.timeOfDay(time.now()));
    }

    private List<Product> productsOf(Store store, List<RequestedItem> items) {
        Map<UUID, Product> known = products.findByStore(store.id(), items.stream().map(RequestedItem::productId).toList())
                .stream().collect(Collectors.toMap(Product::id, Function.identity()));
        List<Product> productPerItem = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            UUID productId = items.get(i).productId();
            Product product = known.get(productId);
            if (product == null) {
                throw new UnknownIdException("items[" + i + "].productId", "product of store " + store.id(), productId);
            }
            productPerItem.add(product);
        }
        return productPerItem;
    }
}
