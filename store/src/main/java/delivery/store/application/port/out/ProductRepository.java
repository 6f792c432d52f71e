package delivery.store.application.port.out;

import delivery.store.domain.Product;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ProductRepository {

    void insert(Product product);

    /** Writes name, price and sold-out; a product's options never change. */
    void update(Product product);

    Optional<Product> findById(UUID productId);

    /** The store's products in menu order (the order they were added). */
    List<Product> findByStore(UUID storeId);

    /** The products among the given ids that belong to the store. */
    List<Product> findByStore(UUID storeId, Collection<UUID> productIds);
}
