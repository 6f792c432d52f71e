package delivery.store.domain;

/**
 * What is asked for exists but cannot be had now: the store is not approved or closed, the
 * site is not served, a product is sold out, a slot is past its deadline or full. Names the
 * field of the request that points at it.
 */
public class UnavailableException extends RuntimeException {
    private final String field;

    public UnavailableException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
