package delivery.notification.application.service;

import java.util.UUID;

/**
 * An event about an order whose customer notification has not learnt yet (its order.placed is
 * still on the way). Failing the handling puts the event back on its queue to be tried again.
 */
public class OrderNotKnownYetException extends RuntimeException {
    public OrderNotKnownYetException(String eventType, UUID orderId) {
        super(eventType + " about order " + orderId + " arrived before the order's customer is known");
    }
}
