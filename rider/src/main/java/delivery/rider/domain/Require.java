package delivery.rider.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Small guards shared by the rider context's aggregates. */
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

    static void present(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
    }

    static void ids(String field, Set<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidValueException(field, field + " must name at least one id");
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException(field, field + " must not contain null");
        }
    }
}
