package delivery.billing.adapters.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("point_ledger")
record PointLedgerRow(@Id @GeneratedValue @Nullable Long id, UUID customerId, long delta, String reason,
                      @Nullable UUID orderId, Instant createdAt) {
}
