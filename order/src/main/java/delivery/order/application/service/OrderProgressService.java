package delivery.order.application.service;

import delivery.order.application.port.in.CancelOrderUseCase;
import delivery.order.application.port.in.RecordDeliveryProgressUseCase;
import delivery.order.application.port.in.RecordPaymentOutcomeUseCase;
import delivery.order.application.port.in.RecordStoreDecisionUseCase;
import delivery.order.application.port.in.UnknownIdException;
import delivery.order.application.port.out.OrderEventPublisher;
import delivery.order.application.port.out.OrderRepository;
import delivery.order.domain.CancelledBy;
import delivery.order.domain.Order;
import delivery.order.domain.OrderEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;
import java.util.function.Function;

/**
 * Moves orders through the saga: each call loads one order, applies one domain change, and
 * stores the order and the change's event in one transaction. A concurrent change of the same
 * order makes the later one fail as a whole (optimistic version check), leaving no event behind.
 */
@Singleton
public class OrderProgressService implements CancelOrderUseCase, RecordPaymentOutcomeUseCase,
        RecordStoreDecisionUseCase, RecordDeliveryProgressUseCase {

    private final OrderRepository orders;
    private final OrderEventPublisher events;

    public OrderProgressService(OrderRepository orders, OrderEventPublisher events) {
        this.orders = orders;
        this.events = events;
    }

    @Override
    @Transactional
    public Order cancel(CancelOrderCommand command) {
        return change(command.orderId(), order -> order.cancel(command.reason(), CancelledBy.CUSTOMER));
    }

    @Override
    @Transactional
    public Order paymentApproved(UUID orderId) {
        return change(orderId, Order::paymentApproved);
    }

    @Override
    @Transactional
    public Order paymentRejected(UUID orderId, String reason) {
        return change(orderId, order -> order.paymentRejected(reason));
    }

    @Override
    @Transactional
    public Order paymentRefunded(UUID orderId) {
        return change(orderId, Order::refunded);
    }

    @Override
    @Transactional
    public Order storeAccepted(UUID orderId) {
        return change(orderId, Order::accept);
    }

    @Override
    @Transactional
    public Order storeRejected(UUID orderId, String reason) {
        return change(orderId, order -> order.cancel(reason, CancelledBy.STORE));
    }

    @Override
    @Transactional
    public Order riderAssigned(UUID orderId, UUID riderId) {
        return change(orderId, order -> order.deliveryAssigned(riderId));
    }

    @Override
    @Transactional
    public Order pickedUp(UUID orderId) {
        return change(orderId, Order::pickedUp);
    }

    @Override
    @Transactional
    public Order delayed(UUID orderId, String reason) {
        return change(orderId, order -> order.delayed(reason));
    }

    @Override
    @Transactional
    public Order delivered(UUID orderId, String boxNumber) {
        return change(orderId, order -> order.delivered(boxNumber));
    }

    private Order change(UUID orderId, Function<Order, OrderEvent> change) {
        Order order = orders.findById(orderId).orElseThrow(() -> new UnknownIdException("orderId", "order", orderId));
        events.publish(change.apply(order));
        orders.update(order);
        return order;
    }
}
