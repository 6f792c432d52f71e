package delivery.order.application.port.in;

import delivery.order.application.port.out.OrderPage;
import delivery.order.domain.Order;

import java.util.UUID;

/** Reads orders as the customer sees them: one with its timeline, or their history newest first. */
public interface OrderHistoryQuery {

    int MAX_PAGE_SIZE = 100;

    /** @throws UnknownIdException when there is no such order */
    Order order(UUID orderId);

    OrderPage ordersOf(UUID customerId, int page, int size);
}
