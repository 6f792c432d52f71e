package delivery.store.adapters.out.persistence;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("store_site")
record StoreSiteRow(@EmbeddedId Key key) {

    @Embeddable
    record Key(UUID storeId, UUID siteId) {
    }
}
