package delivery.store.application.port.in;

import delivery.store.domain.ProductOption;

import java.util.List;
import java.util.UUID;

public interface AddProductUseCase {

    record AddProductCommand(UUID storeId, String name, long price, List<ProductOption> options) {
    }

    UUID addProduct(AddProductCommand command);
}
