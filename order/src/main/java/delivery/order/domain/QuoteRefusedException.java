package delivery.order.domain;

/**
 * The store (or the order service's copy of its catalog) refused to sell what was asked for,
 * naming the offending field: the request is invalid, names something unknown, or conflicts
 * with the store's current state (not approved, closed, sold out, past the deadline).
 */
public class QuoteRefusedException extends RuntimeException {

    public enum Refusal { INVALID, UNKNOWN, CONFLICT }

    private final Refusal refusal;
    private final String field;

    public QuoteRefusedException(Refusal refusal, String field, String detail) {
        super(detail);
        this.refusal = refusal;
        this.field = field;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The offending field of the order request, e.g. {@code items[0].options[1].quantity}; may be null. */
    public String field() {
        return field;
    }
}
