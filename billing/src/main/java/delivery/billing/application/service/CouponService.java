package delivery.billing.application.service;

import delivery.billing.application.port.in.CouponCodeTakenException;
import delivery.billing.application.port.in.CreateCouponUseCase;
import delivery.billing.application.port.out.BillingEventPublisher;
import delivery.billing.application.port.out.CouponRepository;
import delivery.billing.domain.Coupon;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

@Singleton
public class CouponService implements CreateCouponUseCase {

    private final CouponRepository coupons;
    private final BillingEventPublisher events;
    private final Clock clock;

    public CouponService(CouponRepository coupons, BillingEventPublisher events, Clock clock) {
        this.coupons = coupons;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Coupon createCoupon(CreateCouponCommand command) {
        Coupon coupon = Coupon.create(command.code(), command.type(), command.value(), command.expiresAt(),
                clock.instant());
        if (!coupons.insertIfCodeFree(coupon)) {
            throw new CouponCodeTakenException(coupon.code());
        }
        events.couponCreated(coupon.created());
        return coupon;
    }
}
