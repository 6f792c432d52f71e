package delivery.order.domain;

/** Small guards shared by the order's value objects. */
final class Require {

    private Require() {
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value;
    }

    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, field + " must not be blank");
        }
        return optionalText(field, value, maxLength);
    }

    static String optionalText(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidValueException(field, field + " must be at most " + maxLength + " characters");
        }
        return value;
    }

    static void atLeast(String field, long value, long minimum) {
        if (value < minimum) {
            throw new InvalidValueException(field, field + " must be at least " + minimum + ", was " + value);
        }
    }
}
