package delivery.rider.adapters.out.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("rider")
record RiderRow(@Id UUID id, String name, boolean available) {
}
