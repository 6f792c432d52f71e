package delivery.billing.domain;

/**
 * A store's commission terms, copied from store.registered.
 * <ul>
 *   <li>RATE: {@code value} basis points of the order's gross, rounded <b>down</b> to the whole won
 *       per order (the fraction stays with the store): 1 000 bp of 12 345 KRW is 1 234 KRW.</li>
 *   <li>FIXED: {@code value} KRW per delivered order, but never more than that order's gross.</li>
 * </ul>
 * So the commission of one order lies between 0 and its gross.
 */
public record Commission(CommissionType type, long value) {

    public static final long MAX_RATE_BASIS_POINTS = 10_000;

    public Commission {
        if (type == null) {
            throw new InvalidValueException("commissionType", "commissionType must be RATE or FIXED");
        }
        if (value < 0 || (type == CommissionType.RATE && value > MAX_RATE_BASIS_POINTS)) {
            throw new InvalidValueException("commissionValue",
                    "commissionValue must be 0 to " + (type == CommissionType.RATE ? "10000 basis points" : "any KRW")
                            + ", was " + value);
        }
    }

    public long on(long gross) {
        if (gross < 0) {
            throw new InvalidValueException("gross", "gross must not be negative, was " + gross);
        }
        return switch (type) {
            case RATE -> Money.shareRoundedDown(gross, value, MAX_RATE_BASIS_POINTS);
            case FIXED -> Math.min(value, gross);
        };
    }
}
