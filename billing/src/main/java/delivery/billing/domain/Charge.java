package delivery.billing.domain;

/**
 * What a customer pays for an order: the order total less the coupon's discount, less the points
 * spent (1 point = 1 KRW). The coupon applies to the total first; points cover at most what is
 * left, so the customer never spends more points than needed and the amount is never negative.
 * total = couponDiscount + pointsUsed + amount, always.
 */
public record Charge(long total, long couponDiscount, long pointsUsed, long amount) {

    public Charge {
        if (total < 0 || couponDiscount < 0 || pointsUsed < 0 || amount < 0
                || couponDiscount + pointsUsed + amount != total) {
            throw new IllegalArgumentException("a charge's parts must add up to its total");
        }
    }

    /**
     * @param coupon          the redeemed coupon, or null
     * @param pointsRequested the points the customer asked to spend (0 for none)
     */
    public static Charge of(long total, Coupon coupon, long pointsRequested) {
        if (total < 0) {
            throw new InvalidValueException("totalAmount", "totalAmount must not be negative, was " + total);
        }
        if (pointsRequested < 0) {
            throw new InvalidValueException("points", "points must not be negative, was " + pointsRequested);
        }
        long discount = coupon == null ? 0 : coupon.discountFor(total);
        long afterCoupon = total - discount;
        long points = Math.min(pointsRequested, afterCoupon);
        return new Charge(total, discount, points, afterCoupon - points);
    }
}
