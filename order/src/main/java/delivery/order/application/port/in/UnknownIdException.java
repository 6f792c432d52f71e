package delivery.order.application.port.in;

import java.util.UUID;

/** The request names something the order service does not know. */
public class UnknownIdException extends RuntimeException {
    private final String field;

    public UnknownIdException(String field, String kind, UUID id) {
        super("unknown " + kind + " " + id);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
