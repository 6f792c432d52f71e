package delivery.order.application.port.in;

import delivery.order.domain.Order;

import java.util.UUID;

/** The customer calls the order off; allowed only before the store accepts it. */
public interface CancelOrderUseCase {

    record CancelOrderCommand(UUID orderId, String reason) {
    }

    Order cancel(CancelOrderCommand command);
}
