package delivery.order.adapters.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("customer_order")
record OrderRow(@Id UUID id, UUID customerId, UUID storeId, UUID siteId, UUID slotId, @Nullable String note,
                String paymentMethod, @Nullable String couponCode, long points, long totalAmount, String status, @Nullable UUID riderId,
                @Nullable String boxNumber, @Nullable String cancelledBy, Instant placedAt, @Version long version) {
}
