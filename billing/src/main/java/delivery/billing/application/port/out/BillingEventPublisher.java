package delivery.billing.application.port.out;

import delivery.billing.domain.CouponCreated;

/** Announces billing's state changes; the caller's transaction decides whether they happened. */
public interface BillingEventPublisher {

    void couponCreated(CouponCreated event);
}
