package delivery.order.adapters.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("order_timeline_entry")
record TimelineEntryRow(@Id @GeneratedValue @Nullable Long id, UUID orderId, int seq, String status,
                        Instant occurredAt, @Nullable String reason) {
}
