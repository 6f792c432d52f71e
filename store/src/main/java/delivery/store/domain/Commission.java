package delivery.store.domain;

/**
 * What the platform keeps of each delivered order: a rate in basis points of the order
 * amount (1000 = 10 %), or a fixed amount in KRW.
 */
public record Commission(Type type, long value) {

    public enum Type { RATE, FIXED }

    public static final long MAX_RATE_BASIS_POINTS = 10_000;

    public Commission {
        if (type == null) {
            throw new InvalidValueException("commission.type", "commission.type must be RATE or FIXED");
        }
        if (value < 0) {
            throw new InvalidValueException("commission.value", "commission.value must not be negative");
        }
        if (type == Type.RATE && value > MAX_RATE_BASIS_POINTS) {
            throw new InvalidValueException("commission.value", "a RATE commission is in basis points, at most 10000 (100 %)");
        }
    }
}
