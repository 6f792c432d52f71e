package delivery.order.application.port.out;

import delivery.order.domain.Order;

import java.util.Optional;
import java.util.UUID;

public interface OrderRepository {

    /** Stores a new order with its lines and timeline. */
    void insert(Order order);

    /**
     * Stores the order's status and the timeline entries added since it was loaded.
     *
     * @throws ConcurrentOrderUpdateException when the stored order is no longer at {@link Order#version()}
     */
    void update(Order order);

    Optional<Order> findById(UUID orderId);

    /** The customer's orders, newest first; {@code page} counts from 0. */
    OrderPage findByCustomer(UUID customerId, int page, int size);
}
