package delivery.billing.application.port.in;

import delivery.billing.domain.Coupon;
import delivery.billing.domain.CouponType;

import java.time.Instant;

public interface CreateCouponUseCase {

    record CreateCouponCommand(String code, CouponType type, long value, Instant expiresAt) {
    }

    /** @throws CouponCodeTakenException when a coupon with this code (in any case) exists */
    Coupon createCoupon(CreateCouponCommand command);
}
