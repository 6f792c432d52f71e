package delivery.order.application.port.out;

import java.util.UUID;

/** The order changed since it was loaded; the caller's work is void and may be retried on a fresh copy. */
public class ConcurrentOrderUpdateException extends RuntimeException {
    public ConcurrentOrderUpdateException(UUID orderId, long version) {
        super("order " + orderId + " was changed by someone else since version " + version);
    }
}
