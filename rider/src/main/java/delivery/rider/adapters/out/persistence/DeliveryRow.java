package delivery.rider.adapters.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("delivery")
record DeliveryRow(@Id UUID id, UUID orderId, @Nullable UUID riderId, UUID siteId, UUID slotId, String status) {
}
