package delivery.store.domain;

/** Small guards shared by the store's value objects. */
final class Require {

    private Require() {
    }

    static void text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, field + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidValueException(field, field + " must be at most " + maxLength + " characters");
        }
    }

    static void positive(String field, long value) {
        if (value <= 0) {
            throw new InvalidValueException(field, field + " must be positive, was " + value);
        }
    }
}
