package delivery.billing.adapters.out.persistence;

import delivery.billing.application.port.out.CouponRepository;
import delivery.billing.domain.Coupon;
import jakarta.inject.Singleton;

import java.time.Clock;

@Singleton
class CouponPersistenceAdapter implements CouponRepository {

    private final JdbcRepositories.CouponRows coupons;
    private final Clock clock;

    CouponPersistenceAdapter(JdbcRepositories.CouponRows coupons, Clock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    @Override
    public boolean insertIfCodeFree(Coupon coupon) {
        return coupons.insertIfCodeFree(coupon.id(), coupon.code(), coupon.type().name(), coupon.value(),
                coupon.expiresAt(), clock.instant()) == 1;
    }
}
