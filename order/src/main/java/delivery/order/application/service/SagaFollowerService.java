package delivery.order.application.service;

import delivery.order.application.port.in.EventTooEarlyException;
import delivery.order.application.port.in.FollowSagaUseCase;
import delivery.order.application.port.in.UnknownIdException;
import delivery.order.application.port.out.OrderEventPublisher;
import delivery.order.application.port.out.OrderRepository;
import delivery.order.domain.CancelledBy;
import delivery.order.domain.Order;
import delivery.order.domain.OrderEvent;
import delivery.order.domain.OrderStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;
import java.util.function.Function;

@Singleton
public class SagaFollowerService implements FollowSagaUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(SagaFollowerService.class);

    private final OrderRepository orders;
    private final OrderEventPublisher events;

    public SagaFollowerService(OrderRepository orders, OrderEventPublisher events) {
        this.orders = orders;
        this.events = events;
    }

    @Override
    @Transactional
    public void paymentApproved(UUID orderId) {
        follow(orderId, OrderStatus.ORDER_WAITING, Order::paymentApproved);
    }

    @Override
    @Transactional
    public void paymentRejected(UUID orderId, String reason) {
        follow(orderId, OrderStatus.PAYMENT_FAILED, order -> order.paymentRejected(reason));
    }

    @Override
    @Transactional
    public void paymentRefunded(UUID orderId) {
        follow(orderId, OrderStatus.REFUNDED, Order::refunded);
    }

    @Override
    @Transactional
    public void ticketAccepted(UUID orderId) {
        follow(orderId, OrderStatus.ACCEPTED, Order::accept);
    }

    @Override
    @Transactional
    public void ticketRejected(UUID orderId, String reason) {
        follow(orderId, OrderStatus.CANCELLED, order -> order.cancel(reason, CancelledBy.STORE));
    }

    @Override
    @Transactional
    public void riderAssigned(UUID orderId, UUID riderId) {
        follow(orderId, OrderStatus.DELIVERY_WAITING, order -> order.deliveryAssigned(riderId));
    }

    @Override
    @Transactional
    public void pickedUp(UUID orderId) {
        follow(orderId, OrderStatus.PICKED_UP, Order::pickedUp);
    }

    @Override
    @Transactional
    public void delayed(UUID orderId, String reason) {
        follow(orderId, OrderStatus.DELAYED, order -> order.delayed(reason));
    }

    @Override
    @Transactional
    public void delivered(UUID orderId, String boxNumber) {
        follow(orderId, OrderStatus.DELIVERED, order -> order.delivered(boxNumber));
    }

    private void follow(UUID orderId, OrderStatus target, Function<Order, OrderEvent> change) {
        Order order = orders.findById(orderId).orElseThrow(() -> new UnknownIdException("orderId", "order", orderId));
        OrderStatus current = order.status();
        if (!current.canBecome(target)) {
            if (current.canStillReach(target)) {
                throw new EventTooEarlyException(orderId, current.name(), target.name());
            }
            LOG.info("order {} is {}, already past {}: the announcement changes nothing", orderId, current, target);
            return;
        }
        events.publish(change.apply(order));
        orders.update(order);
    }
}
