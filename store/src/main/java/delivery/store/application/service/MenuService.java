package delivery.store.application.service;

import delivery.store.application.port.in.AddProductUseCase;
import delivery.store.application.port.in.StoreQueries;
import delivery.store.application.port.in.UnknownIdException;
import delivery.store.application.port.in.UpdateProductUseCase;
import delivery.store.application.port.out.ProductRepository;
import delivery.store.application.port.out.StoreEventPublisher;
import delivery.store.application.port.out.StoreRepository;
import delivery.store.domain.InvalidValueException;
import delivery.store.domain.Menu;
import delivery.store.domain.Product;
import delivery.store.domain.Store;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * Products and the menu. Every change locks the store row, so the changes of one store's menu
 * happen one after the other and each {@code menu.changed} carries the menu as committed.
 */
@Singleton
public class MenuService implements AddProductUseCase, UpdateProductUseCase, StoreQueries {

    private final StoreRepository stores;
    private final ProductRepository products;
    private final StoreEventPublisher events;

    public MenuService(StoreRepository stores, ProductRepository products, StoreEventPublisher events) {
        this.stores = stores;
        this.products = products;
        this.events = events;
    }

    @Override
    @Transactional
    public UUID addProduct(AddProductCommand command) {
        Store store = stores.lockById(command.storeId()).orElseThrow(() -> unknownStore(command.storeId()));
        Product product = Product.add(store.id(), command.name(), command.price(), command.options());
        products.insert(product);
        menuChanged(store);
        return product.id();
    }

    @Override
    @Transactional
    public Product updateProduct(UpdateProductCommand command) {
        if (command.soldOut() == null && command.name() == null && command.price() == null) {
            throw new InvalidValueException("soldOut", "nothing to change: give soldOut, name or price");
        }
        Store store = stores.lockById(command.storeId()).orElseThrow(() -> unknownStore(command.storeId()));
        Product product = products.findById(command.productId())
                .filter(found -> found.storeId().equals(store.id()))
                .orElseThrow(() -> new UnknownIdException("productId", "product", command.productId()));
        boolean changed = false;
        if (command.name() != null) {
            changed |= product.rename(command.name());
        }
        if (command.price() != null) {
            changed |= product.reprice(command.price());
        }
        if (command.soldOut() != null) {
            changed |= product.markSoldOut(command.soldOut());
        }
        if (changed) {
            products.update(product);
            menuChanged(store);
        }
        return product;
    }

    @Override
    @Transactional(readOnly = true)
    public Store store(UUID storeId) {
        return stores.findById(storeId).orElseThrow(() -> unknownStore(storeId));
    }

    @Override
    @Transactional(readOnly = true)
    public Menu menu(UUID storeId) {
        Store store = store(storeId);
        return new Menu(store, products.findByStore(storeId));
    }

    private void menuChanged(Store store) {
        events.menuChanged(new Menu(store, products.findByStore(store.id())).changed());
    }

    private static UnknownIdException unknownStore(UUID storeId) {
        return new UnknownIdException("storeId", "store", storeId);
    }
}
