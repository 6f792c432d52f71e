package delivery.store.adapters.out.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalTime;
import java.util.UUID;

@MappedEntity("order_time_slot")
record SlotRow(@Id UUID id, UUID siteId, LocalTime orderDeadline, LocalTime pickupTime, LocalTime arrivalTime) {
}
