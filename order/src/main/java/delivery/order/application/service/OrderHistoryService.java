package delivery.order.application.service;

import delivery.order.application.port.in.OrderHistoryQuery;
import delivery.order.application.port.in.UnknownIdException;
import delivery.order.application.port.out.OrderPage;
import delivery.order.application.port.out.OrderRepository;
import delivery.order.domain.InvalidValueException;
import delivery.order.domain.Order;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

@Singleton
public class OrderHistoryService implements OrderHistoryQuery {

    private final OrderRepository orders;

    public OrderHistoryService(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    // one snapshot for the order row and its timeline, which are read by separate queries
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public Order order(UUID orderId) {
        return orders.findById(orderId).orElseThrow(() -> new UnknownIdException("orderId", "order", orderId));
    }

    @Override
    // one snapshot for the order row and its timeline, which are read by separate queries
    @Transactional(readOnly = true, isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    public OrderPage ordersOf(UUID customerId, int page, int size) {
        if (customerId == null) {
            throw new InvalidValueException("customerId", "customerId is required");
        }
        if (page < 0) {
            throw new InvalidValueException("page", "page counts from 0, was " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "size must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
        }
        return orders.findByCustomer(customerId, page, size);
    }
}
