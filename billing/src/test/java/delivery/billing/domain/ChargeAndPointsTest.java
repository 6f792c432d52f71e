package delivery.billing.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Coupon and points arithmetic of a charge: the parts add up, nothing is negative, rounding is down. */
class ChargeAndPointsTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @Property
    void thePartsOfAChargeAddUpToTheTotal(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long total,
                                          @ForAll("coupons") Coupon coupon,
                                          @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long points) {
        Charge charge = Charge.of(total, coupon, points);

        assertThat(charge.couponDiscount() + charge.pointsUsed() + charge.amount()).isEqualTo(total);
        assertThat(charge.amount()).isBetween(0L, total);
        assertThat(charge.couponDiscount()).isEqualTo(coupon == null ? 0 : coupon.discountFor(total));
        assertThat(charge.pointsUsed()).isBetween(0L, points);
    }

    @Property
    void pointsCoverAtMostWhatTheCouponLeaves(@ForAll @LongRange(min = 0, max = 10_000_000) long total,
                                              @ForAll("coupons") Coupon coupon,
                                              @ForAll @LongRange(min = 0, max = 20_000_000) long points) {
        Charge charge = Charge.of(total, coupon, points);
        long afterCoupon = total - charge.couponDiscount();

        assertThat(charge.pointsUsed()).isEqualTo(Math.min(points, afterCoupon));
        if (points >= afterCoupon) {
            assertThat(charge.amount()).isZero();
        }
    }

    @Test
    void aCouponThenPointsOnAnOrder() {
        Coupon twoThousand = Coupon.create("WELCOME", CouponType.AMOUNT, 2_000, NOW.plusSeconds(60), NOW);
        assertThat(Charge.of(10_000, twoThousand, 1_000)).isEqualTo(new Charge(10_000, 2_000, 1_000, 7_000));
        assertThat(Charge.of(1_500, twoThousand, 1_000)).isEqualTo(new Charge(1_500, 1_500, 0, 0));
        assertThat(Charge.of(9_999, null, 0)).isEqualTo(new Charge(9_999, 0, 0, 9_999));
    }

    @Property
    void pointsEarnedAreOnePercentRoundedDown(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long captured) {
        long earned = PointsPolicy.earnedOn(captured);

        assertThat(earned).isEqualTo(captured / 100).isBetween(0L, captured);
    }

    @Test
    void earningExamples() {
        assertThat(PointsPolicy.earnedOn(12_345)).isEqualTo(123);
        assertThat(PointsPolicy.earnedOn(99)).isZero();
        assertThat(PointsPolicy.earnedOn(100)).isEqualTo(1);
    }

    @Provide
    Arbitrary<Coupon> coupons() {
        Arbitrary<Coupon> amounts = Arbitraries.longs().between(1, 1_000_000_000L)
                .map(v -> Coupon.create("AMT", CouponType.AMOUNT, v, NOW.plusSeconds(60), NOW));
        Arbitrary<Coupon> percents = Arbitraries.longs().between(1, 100)
                .map(v -> Coupon.create("PCT", CouponType.PERCENT, v, NOW.plusSeconds(60), NOW));
        return Arbitraries.oneOf(amounts, percents, Arbitraries.just(null));
    }
}
