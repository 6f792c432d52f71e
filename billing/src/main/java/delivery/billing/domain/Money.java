package delivery.billing.domain;

/** Integer KRW arithmetic that fails loudly instead of overflowing. */
public final class Money {

    private Money() {
    }

    public static long plus(long a, long b) {
        return Math.addExact(a, b);
    }

    public static long times(long amount, long factor) {
        return Math.multiplyExact(amount, factor);
    }

    /** amount × numerator / denominator rounded down, for non-negative values, without overflowing on the way. */
    public static long shareRoundedDown(long amount, long numerator, long denominator) {
        if (amount < 0 || numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("shares are of non-negative amounts");
        }
        return java.math.BigInteger.valueOf(amount).multiply(java.math.BigInteger.valueOf(numerator))
                .divide(java.math.BigInteger.valueOf(denominator)).longValueExact();
    }
}
