package delivery.store.application.port.in;

import delivery.store.domain.Product;

import java.util.UUID;

public interface UpdateProductUseCase {

    /** Each value that is not null replaces the product's; at least one is given. */
    record UpdateProductCommand(UUID storeId, UUID productId, Boolean soldOut, String name, Long price) {
    }

    Product updateProduct(UpdateProductCommand command);
}
