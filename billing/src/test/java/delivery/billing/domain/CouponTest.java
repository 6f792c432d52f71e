package delivery.billing.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Positive;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CouponTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    private static final Instant NEXT_MONTH = NOW.plus(Duration.ofDays(30));

    private static Coupon amount(long value) {
        return Coupon.create("WELCOME", CouponType.AMOUNT, value, NEXT_MONTH, NOW);
    }

    private static Coupon percent(long value) {
        return Coupon.create("TENOFF", CouponType.PERCENT, value, NEXT_MONTH, NOW);
    }

    @Test
    void aNewCouponIsAnnouncedWithItsCodeInUpperCase() {
        Coupon coupon = Coupon.create("spring_sale-24", CouponType.PERCENT, 15, NEXT_MONTH, NOW);

        assertThat(coupon.code()).isEqualTo("SPRING_SALE-24");
        assertThat(coupon.created()).isEqualTo(
                new CouponCreated(coupon.id(), "SPRING_SALE-24", "PERCENT", 15, NEXT_MONTH));
    }

    @Test
    void aCouponHasToExpireInTheFuture() {
        assertThatThrownBy(() -> Coupon.create("LATE", CouponType.AMOUNT, 1_000, NOW, NOW))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("expiresAt");
        assertThatThrownBy(() -> Coupon.create("LATE", CouponType.AMOUNT, 1_000, NOW.minusSeconds(1), NOW))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("expiresAt");
        assertThatThrownBy(() -> Coupon.create("LATE", CouponType.AMOUNT, 1_000, null, NOW))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("expiresAt");
        assertThat(Coupon.create("JUST", CouponType.AMOUNT, 1_000, NOW.plusMillis(1), NOW).expiresAt())
                .isEqualTo(NOW.plusMillis(1));
    }

    @Test
    void aCouponNeedsAType() {
        assertThatThrownBy(() -> Coupon.create("NOTYPE", null, 1, NEXT_MONTH, NOW))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("type");
    }

    @Property
    void anAmountCouponIsWorthAPositiveAmount(@ForAll @LongRange(min = -1_000, max = 1_000) long value) {
        if (value > 0) {
            assertThat(amount(value).value()).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> amount(value)).isInstanceOf(InvalidValueException.class)
                    .extracting("field").isEqualTo("value");
        }
    }

    @Property
    void aPercentCouponTakesOneToOneHundredPercent(@ForAll @IntRange(min = -200, max = 200) int value) {
        if (value >= 1 && value <= 100) {
            assertThat(percent(value).value()).isEqualTo(value);
        } else {
            assertThatThrownBy(() -> percent(value)).isInstanceOf(InvalidValueException.class)
                    .extracting("field").isEqualTo("value");
        }
    }

    @Property
    void codesOfLettersDigitsUnderscoresAndDashesAreKeptInUpperCase(@ForAll("codes") String code) {
        Coupon coupon = Coupon.create(code, CouponType.AMOUNT, 500, NEXT_MONTH, NOW);
        assertThat(coupon.code()).isEqualTo(code.toUpperCase()).matches("[A-Z0-9_-]{3,40}");
    }

    @Property
    void anyOtherCodeIsRefused(@ForAll("badCodes") String code) {
        assertThatThrownBy(() -> Coupon.create(code, CouponType.AMOUNT, 500, NEXT_MONTH, NOW))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("code");
    }

    @Test
    void codesThatOnlyLookValidInUpperCaseAreRefused() {
        // "ß" upper-cases to "SS" and the dotless "ı" to "I": neither is a letter a code may have
        for (String code : new String[] {"straße", "kıwi", "ab", "x".repeat(41), "WITH SPACE", "", " ABC"}) {
            assertThatThrownBy(() -> Coupon.create(code, CouponType.AMOUNT, 500, NEXT_MONTH, NOW))
                    .as(code).isInstanceOf(InvalidValueException.class);
        }
        assertThatThrownBy(() -> Coupon.create(null, CouponType.AMOUNT, 500, NEXT_MONTH, NOW))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("code");
    }

    @Property
    void anAmountCouponTakesItsValueButNeverMoreThanTheAmount(@ForAll @Positive long value,
                                                             @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long amount) {
        long discount = amount(value).discountFor(amount);

        assertThat(discount).isEqualTo(Math.min(value, amount)).isBetween(0L, amount);
    }

    @Property
    void aPercentCouponTakesItsShareRoundedDown(@ForAll @IntRange(min = 1, max = 100) int value,
                                               @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long amount) {
        long discount = percent(value).discountFor(amount);

        long exact = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(value))
                .divide(BigInteger.valueOf(100)).longValueExact();
        assertThat(discount).isEqualTo(exact).isBetween(0L, amount);
    }

    @Property
    void aDiscountNeverShrinksAsTheAmountGrows(@ForAll("coupons") Coupon coupon,
                                              @ForAll @LongRange(min = 0, max = Long.MAX_VALUE - 1) long amount) {
        assertThat(coupon.discountFor(amount + 1)).isGreaterThanOrEqualTo(coupon.discountFor(amount));
    }

    @Property
    void aDiscountIsNeverNegativeNorAboveTheAmount(@ForAll("coupons") Coupon coupon,
                                                  @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long amount) {
        assertThat(coupon.discountFor(amount)).isBetween(0L, amount);
    }

    @Property
    void thereIsNoDiscountOnANegativeAmount(@ForAll("coupons") Coupon coupon,
                                            @ForAll @LongRange(min = Long.MIN_VALUE, max = -1) long amount) {
        assertThatThrownBy(() -> coupon.discountFor(amount)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("amount");
    }

    @Test
    void aHundredPercentCouponTakesEverythingAndAmountsAreKRW() {
        assertThat(percent(100).discountFor(12_345)).isEqualTo(12_345);
        assertThat(percent(10).discountFor(12_345)).isEqualTo(1_234);
        assertThat(percent(33).discountFor(1)).isZero();
        assertThat(amount(3_000).discountFor(2_500)).isEqualTo(2_500);
        assertThat(amount(3_000).discountFor(12_000)).isEqualTo(3_000);
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('_', '-').ofMinLength(3).ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> badCodes() {
        Arbitrary<String> tooShort = codes().map(code -> code.substring(0, code.length() % 3));
        Arbitrary<String> tooLong = codes().map(code -> code + "X".repeat(41 - code.length()));
        Arbitrary<String> otherCharacters = Arbitraries.strings().ofMinLength(3).ofMaxLength(40)
                .filter(code -> !code.matches("[A-Za-z0-9_-]*"));
        return Arbitraries.oneOf(tooShort, tooLong, otherCharacters);
    }

    @Provide
    Arbitrary<Coupon> coupons() {
        Arbitrary<Coupon> amounts = Arbitraries.longs().greaterOrEqual(1).map(CouponTest::amount);
        Arbitrary<Coupon> percents = Arbitraries.longs().between(1, 100).map(CouponTest::percent);
        return Arbitraries.oneOf(amounts, percents);
    }
}
