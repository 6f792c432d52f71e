package delivery.order.domain.catalog;

import java.util.Objects;

/** An option of a product with its price per unit and how many of it one unit of the product may have. */
public record CatalogOption(String name, long price, int min, int max) {

    public CatalogOption {
        Objects.requireNonNull(name, "name");
    }
}
