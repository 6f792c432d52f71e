package delivery.order.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static delivery.order.domain.OrderStatus.ACCEPTED;
import static delivery.order.domain.OrderStatus.CANCELLED;
import static delivery.order.domain.OrderStatus.DELAYED;
import static delivery.order.domain.OrderStatus.DELIVERED;
import static delivery.order.domain.OrderStatus.DELIVERY_WAITING;
import static delivery.order.domain.OrderStatus.ORDER_WAITING;
import static delivery.order.domain.OrderStatus.PAYMENT_FAILED;
import static delivery.order.domain.OrderStatus.PAYMENT_PENDING;
import static delivery.order.domain.OrderStatus.PICKED_UP;
import static delivery.order.domain.OrderStatus.REFUNDED;

/**
 * Every state change of an order, with the transition table of the SPEC written out here on
 * its own (not taken from {@link OrderStatus}), so the tests check the aggregate against it.
 */
enum Command {
    APPROVE_PAYMENT(EnumSet.of(PAYMENT_PENDING), ORDER_WAITING, OrderConfirmed.class, Order::paymentApproved),
    REJECT_PAYMENT(EnumSet.of(PAYMENT_PENDING), PAYMENT_FAILED, OrderPaymentFailed.class,
            order -> order.paymentRejected("card declined")),
    ACCEPT(EnumSet.of(ORDER_WAITING), ACCEPTED, OrderAccepted.class, Order::accept),
    CUSTOMER_CANCEL(EnumSet.of(PAYMENT_PENDING, ORDER_WAITING), CANCELLED, OrderCancelled.class,
            order -> order.cancel("changed my mind", CancelledBy.CUSTOMER)),
    STORE_REJECT(EnumSet.of(PAYMENT_PENDING, ORDER_WAITING), CANCELLED, OrderCancelled.class,
            order -> order.cancel("store did not confirm", CancelledBy.STORE)),
    REFUND(EnumSet.of(CANCELLED), REFUNDED, OrderRefunded.class, Order::refunded),
    ASSIGN_RIDER(EnumSet.of(ACCEPTED), DELIVERY_WAITING, OrderRiderAssigned.class,
            order -> order.deliveryAssigned(UUID.randomUUID())),
    PICK_UP(EnumSet.of(DELIVERY_WAITING), PICKED_UP, OrderPickedUp.class, Order::pickedUp),
    DELAY(EnumSet.of(PICKED_UP, DELAYED), DELAYED, OrderDelayed.class, order -> order.delayed("rain")),
    DELIVER(EnumSet.of(PICKED_UP, DELAYED), DELIVERED, OrderDelivered.class, order -> order.delivered("B-3"));

    static final Set<OrderStatus> TERMINAL = EnumSet.of(PAYMENT_FAILED, DELIVERED, REFUNDED);

    final Set<OrderStatus> from;
    final OrderStatus to;
    final Class<? extends OrderEvent> event;
    final Function<Order, OrderEvent> apply;

    Command(Set<OrderStatus> from, OrderStatus to, Class<? extends OrderEvent> event, Function<Order, OrderEvent> apply) {
        this.from = from;
        this.to = to;
        this.event = event;
        this.apply = apply;
    }

    boolean allowedFrom(OrderStatus status) {
        return from.contains(status);
    }

    /** Whether the table has an edge from one status to the other. */
    static boolean edge(OrderStatus from, OrderStatus to) {
        for (Command command : values()) {
            if (command.from.contains(from) && command.to == to) {
                return true;
            }
        }
        return false;
    }
}
