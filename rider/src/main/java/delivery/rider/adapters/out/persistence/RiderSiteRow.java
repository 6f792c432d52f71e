package delivery.rider.adapters.out.persistence;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

@MappedEntity("rider_site")
record RiderSiteRow(@EmbeddedId Key key) {

    /** Columns named explicitly: by default an embedded id's columns carry its name as prefix ({@code key_rider_id}). */
    @Embeddable
    record Key(@MappedProperty("rider_id") UUID riderId, @MappedProperty("site_id") UUID siteId) {
    }
}
