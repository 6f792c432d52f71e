package delivery.billing.domain;

import java.time.Instant;
import java.util.UUID;

public record CouponCreated(UUID couponId, String code, String type, long value, Instant expiresAt) {
}
