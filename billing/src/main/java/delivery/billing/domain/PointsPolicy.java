package delivery.billing.domain;

/**
 * How customers earn points: {@value #EARN_RATE_BASIS_POINTS} basis points (1 %) of the amount
 * captured for a delivered order, rounded down to a whole point. 1 point spends as 1 KRW.
 */
public final class PointsPolicy {

    public static final long EARN_RATE_BASIS_POINTS = 100;
    public static final long BASIS_POINTS = 10_000;

    private PointsPolicy() {
    }

    public static long earnedOn(long capturedAmount) {
        if (capturedAmount < 0) {
            throw new InvalidValueException("amount", "a captured amount is never negative, was " + capturedAmount);
        }
        return Money.shareRoundedDown(capturedAmount, EARN_RATE_BASIS_POINTS, BASIS_POINTS);
    }
}
