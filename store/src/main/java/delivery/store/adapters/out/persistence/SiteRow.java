package delivery.store.adapters.out.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("delivery_site")
record SiteRow(@Id UUID id, String name, String address) {
}
