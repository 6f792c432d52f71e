package delivery.billing.application.port.out;

import delivery.billing.domain.Coupon;

public interface CouponRepository {

    /**
     * Inserts the coupon unless its code is taken. The database's unique constraint decides, so of
     * two concurrent inserts of one code exactly one succeeds.
     *
     * @return false when another coupon has the code
     */
    boolean insertIfCodeFree(Coupon coupon);
}
