package delivery.order.domain.catalog;

import java.util.Objects;
import java.util.UUID;

/** A delivery site (a campus, an office park) as the store's events described it. */
public record CatalogSite(UUID siteId, String name, String address) {

    public CatalogSite {
        Objects.requireNonNull(siteId, "siteId");
    }
}
