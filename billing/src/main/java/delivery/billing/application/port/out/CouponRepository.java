package delivery.billing.application.port.out;

import delivery.billing.domain.Coupon;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

public interface CouponRepository {

    /**
     * Inserts the coupon unless its code is taken. The database's unique constraint decides, so of
     * two concurrent inserts of one code exactly one succeeds.
     *
     * @return false when another coupon has the code
     */
    boolean insertIfCodeFree(Coupon coupon);

    /** @param code the code as stored, upper case */
    Optional<Coupon> findByCode(String code);

    /** Whether the customer holds a redemption of this coupon on an order that was not cancelled. */
    boolean usedBy(UUID couponId, UUID customerId);

    /**
     * Redeems the coupon on the order. The database allows one coupon per order and one live
     * redemption of a coupon per customer.
     *
     * @return false when the customer already used this coupon on another order not cancelled
     */
    boolean redeem(UUID orderId, UUID couponId, UUID customerId, long discount, Instant at);

    /** Gives the order's coupon back, once; nothing when the order redeemed none. */
    void restore(UUID orderId, Instant at);
}
