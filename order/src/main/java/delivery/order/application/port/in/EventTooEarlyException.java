package delivery.order.application.port.in;

import java.util.UUID;

/**
 * An event about a later step arrived before the order got there (another service's event for
 * the earlier step is still on its way). Failing lets the inbox redeliver it a little later.
 */
public class EventTooEarlyException extends RuntimeException {
    public EventTooEarlyException(UUID orderId, String current, String target) {
        super("order " + orderId + " is " + current + ", not yet ready to become " + target);
    }
}
