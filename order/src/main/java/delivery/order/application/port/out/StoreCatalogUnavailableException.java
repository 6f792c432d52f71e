package delivery.order.application.port.out;

/** The store service could not answer: unreachable, timing out, failing, or cut off by the circuit breaker. */
public class StoreCatalogUnavailableException extends RuntimeException {
    public StoreCatalogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
