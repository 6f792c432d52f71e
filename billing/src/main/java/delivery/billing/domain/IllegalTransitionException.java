package delivery.billing.domain;

/** The current state forbids the requested change. */
public class IllegalTransitionException extends RuntimeException {
    public IllegalTransitionException(String message) {
        super(message);
    }
}
