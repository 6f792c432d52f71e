package delivery.order.application.port.in;

/**
 * The store service is unavailable and the order service's catalog copy lacks what the order
 * names, so nobody can check and price it now; the customer may try again later.
 */
public class CannotVouchForOrderException extends RuntimeException {
    public CannotVouchForOrderException(String message, Throwable cause) {
        super(message, cause);
    }
}
