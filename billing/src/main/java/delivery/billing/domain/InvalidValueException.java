package delivery.billing.domain;

/** A value breaks a business rule; names the field so the client can fix it. */
public class InvalidValueException extends RuntimeException {
    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
