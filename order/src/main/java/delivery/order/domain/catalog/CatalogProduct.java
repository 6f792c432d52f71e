package delivery.order.domain.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A product of a store's menu, from the store's last menu snapshot. */
public record CatalogProduct(UUID productId, UUID storeId, String name, long price, boolean soldOut,
                             List<CatalogOption> options) {

    public CatalogProduct {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(name, "name");
        options = options == null ? List.of() : List.copyOf(options);
    }

    public Optional<CatalogOption> option(String name) {
        return options.stream().filter(option -> option.name().equals(name)).findFirst();
    }
}
