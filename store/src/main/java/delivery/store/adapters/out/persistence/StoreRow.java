package delivery.store.adapters.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalTime;
import java.util.UUID;

@MappedEntity("store")
record StoreRow(@Id UUID id, String name, UUID ownerId, LocalTime openTime, LocalTime closeTime, int capacityPerSlot,
                String commissionType, long commissionValue, String status, @Nullable String rejectionReason) {
}
