package delivery.order.application.service;

import delivery.order.application.port.in.CancelOrderUseCase;
import delivery.order.application.port.in.UnknownIdException;
import delivery.order.application.port.out.OrderEventPublisher;
import delivery.order.application.port.out.OrderRepository;
import delivery.order.domain.CancelledBy;
import delivery.order.domain.Order;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * The customer's cancellation: loads the order, applies the change the status table allows
 * (before the store accepts), and stores the order with its event in one transaction. A
 * concurrent change of the same order makes the later one fail as a whole (version check).
 */
@Singleton
public class CancelOrderService implements CancelOrderUseCase {

    private final OrderRepository orders;
    private final OrderEventPublisher events;

    public CancelOrderService(OrderRepository orders, OrderEventPublisher events) {
        this.orders = orders;
        this.events = events;
    }

    @Override
    @Transactional
    public Order cancel(CancelOrderCommand command) {
        Order order = orders.findById(command.orderId())
                .orElseThrow(() -> new UnknownIdException("orderId", "order", command.orderId()));
        events.publish(order.cancel(command.reason(), CancelledBy.CUSTOMER));
        orders.update(order);
        return order;
    }
}
