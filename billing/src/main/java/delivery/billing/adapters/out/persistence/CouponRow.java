package delivery.billing.adapters.out.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("coupon")
record CouponRow(@Id UUID id, String code, String type, long value, Instant expiresAt, Instant createdAt) {
}
