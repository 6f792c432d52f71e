package delivery.billing.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A discount a customer redeems with its code: a fixed amount in KRW or a percentage of the
 * order amount, valid until it expires. Codes are unique and kept in upper case.
 */
public final class Coupon {

    public static final int MAX_PERCENT = 100;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{3,40}");
    private static final Pattern CODE_AS_TYPED = Pattern.compile("[A-Za-z0-9_-]{3,40}");

    private final UUID id;
    private final String code;
    private final CouponType type;
    private final long value;
    private final Instant expiresAt;

    private Coupon(UUID id, String code, CouponType type, long value, Instant expiresAt) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidValueException("code", "code must be 3 to 40 letters, digits, '_' or '-'");
        }
        if (type == null) {
            throw new InvalidValueException("type", "type must be AMOUNT or PERCENT");
        }
        if (value <= 0) {
            throw new InvalidValueException("value", "value must be positive, was " + value);
        }
        if (type == CouponType.PERCENT && value > MAX_PERCENT) {
            throw new InvalidValueException("value", "a PERCENT coupon takes 1 to 100 percent, was " + value);
        }
        if (expiresAt == null) {
            throw new InvalidValueException("expiresAt", "expiresAt is required");
        }
        this.id = Objects.requireNonNull(id);
        this.code = code;
        this.type = type;
        this.value = value;
        this.expiresAt = expiresAt;
    }

    /** A new coupon; the code is taken in upper case, and the coupon must not have expired already. */
    public static Coupon create(String code, CouponType type, long value, Instant expiresAt, Instant now) {
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidValueException("expiresAt", "expiresAt must be in the future, was " + expiresAt);
        }
        return new Coupon(UUID.randomUUID(), normaliseCode(code), type, value, expiresAt);
    }

    public static Coupon restore(UUID id, String code, CouponType type, long value, Instant expiresAt) {
        return new Coupon(id, code, type, value, expiresAt);
    }

    /** The code as stored and compared: upper case. Anything but letters, digits, '_' and '-' is refused. */
    public static String normaliseCode(String code) {
        if (code == null || !CODE_AS_TYPED.matcher(code).matches()) {
            throw new InvalidValueException("code", "code must be 3 to 40 letters, digits, '_' or '-'");
        }
        return code.toUpperCase(Locale.ROOT);
    }

    /**
     * What this coupon takes off an order of the given amount: AMOUNT takes its value, at most the
     * whole amount; PERCENT takes that share rounded down. Never negative, never more than the amount.
     */
    public long discountFor(long amount) {
        if (amount < 0) {
            throw new InvalidValueException("amount", "amount must not be negative, was " + amount);
        }
        return switch (type) {
            case AMOUNT -> Math.min(value, amount);
            // amount = 100q + r, so amount * value / 100 = q * value + r * value / 100 without overflowing
            case PERCENT -> amount / 100 * value + amount % 100 * value / 100;
        };
    }

    public CouponCreated created() {
        return new CouponCreated(id, code, type.name(), value, expiresAt);
    }

    public UUID id() { return id; }
    public String code() { return code; }
    public CouponType type() { return type; }
    public long value() { return value; }
    public Instant expiresAt() { return expiresAt; }
}
