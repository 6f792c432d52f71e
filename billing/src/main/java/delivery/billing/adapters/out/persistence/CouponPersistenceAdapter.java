package delivery.billing.adapters.out.persistence;

import delivery.billing.application.port.out.CouponRepository;
import delivery.billing.domain.Coupon;
import delivery.billing.domain.CouponType;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Singleton
class CouponPersistenceAdapter implements CouponRepository {

    private final JdbcRepositories.CouponRows coupons;
    private final Sql sql;
    private final Clock clock;

    CouponPersistenceAdapter(JdbcRepositories.CouponRows coupons, Sql sql, Clock clock) {
        this.coupons = coupons;
        this.sql = sql;
        this.clock = clock;
    }

    @Override
    public boolean insertIfCodeFree(Coupon coupon) {
        return coupons.insertIfCodeFree(coupon.id(), coupon.code(), coupon.type().name(), coupon.value(),
                coupon.expiresAt(), clock.instant()) == 1;
    }

    @Override
    public Optional<Coupon> findByCode(String code) {
        return sql.one("select id, code, type, value, expires_at from coupon where code = ?",
                row -> Coupon.restore(Sql.uuid(row, "id"), row.getString("code"), CouponType.valueOf(row.getString("type")),
                        row.getLong("value"), Sql.instant(row, "expires_at")), code);
    }

    @Override
    public boolean usedBy(UUID couponId, UUID customerId) {
        return sql.one("""
                select 1 from coupon_redemption where coupon_id = ? and customer_id = ? and restored_at is null""",
                row -> true, couponId, customerId).isPresent();
    }

    @Override
    public boolean redeem(UUID orderId, UUID couponId, UUID customerId, long discount, Instant at) {
        return sql.update("""
                insert into coupon_redemption (order_id, coupon_id, customer_id, discount, redeemed_at)
                values (?, ?, ?, ?, ?) on conflict do nothing""", orderId, couponId, customerId, discount, at) == 1;
    }

    @Override
    public void restore(UUID orderId, Instant at) {
        sql.update("update coupon_redemption set restored_at = ? where order_id = ? and restored_at is null", at, orderId);
    }
}
