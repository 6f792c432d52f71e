package delivery.store.domain;

/**
 * A choice that comes with a product (extra shot, large size): its price per unit and how many
 * of it one unit of the product may carry, from {@code min} (0 = optional) to {@code max}.
 * Validated by the {@link Product} that holds it, which knows the option's position.
 */
public record ProductOption(String name, long price, int min, int max) {

    static final int MAX_NAME_LENGTH = 100;

    /** The option at {@code index} of a request, with every missing or wrong value named. */
    public static ProductOption of(int index, String name, Long price, Integer min, Integer max) {
        String field = "options[" + index + "]";
        if (price == null) {
            throw new InvalidValueException(field + ".price", field + ".price is required");
        }
        if (min == null) {
            throw new InvalidValueException(field + ".min", field + ".min is required");
        }
        if (max == null) {
            throw new InvalidValueException(field + ".max", field + ".max is required");
        }
        ProductOption option = new ProductOption(name, price, min, max);
        option.check(index);
        return option;
    }

    void check(int index) {
        String field = "options[" + index + "]";
        Require.text(field + ".name", name, MAX_NAME_LENGTH);
        if (price < 0) {
            throw new InvalidValueException(field + ".price", field + ".price must not be negative");
        }
        if (min < 0) {
            throw new InvalidValueException(field + ".min", field + ".min must not be negative");
        }
        if (max < min) {
            throw new InvalidValueException(field + ".max", field + ".max must not be below min (" + min + ")");
        }
    }

    public boolean allows(long quantity) {
        return quantity >= min && quantity <= max;
    }
}
