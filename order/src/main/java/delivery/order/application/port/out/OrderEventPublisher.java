package delivery.order.application.port.out;

import delivery.order.domain.OrderEvent;

/** Announces the order's state changes; the caller's transaction decides whether they happened. */
public interface OrderEventPublisher {

    void publish(OrderEvent event);
}
