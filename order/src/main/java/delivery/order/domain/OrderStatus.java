package delivery.order.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands in the saga, and which status may follow which.
 * PAYMENT_FAILED, DELIVERED and REFUNDED are terminal.
 */
public enum OrderStatus {
    PAYMENT_PENDING,
    PAYMENT_FAILED,
    ORDER_WAITING,
    ACCEPTED,
    DELIVERY_WAITING,
    PICKED_UP,
    DELAYED,
    DELIVERED,
    CANCELLED,
    REFUNDED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case PAYMENT_PENDING -> EnumSet.of(ORDER_WAITING, PAYMENT_FAILED, CANCELLED);
            case ORDER_WAITING -> EnumSet.of(ACCEPTED, CANCELLED);
            case ACCEPTED -> EnumSet.of(DELIVERY_WAITING);
            case DELIVERY_WAITING -> EnumSet.of(PICKED_UP);
            case PICKED_UP, DELAYED -> EnumSet.of(DELAYED, DELIVERED);
            case CANCELLED -> EnumSet.of(REFUNDED);
            case PAYMENT_FAILED, DELIVERED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canBecome(OrderStatus requested) {
        return next().contains(requested);
    }

    /** Whether some sequence of allowed changes still leads from this status to the target. */
    public boolean canStillReach(OrderStatus target) {
        java.util.Deque<OrderStatus> open = new java.util.ArrayDeque<>(next());
        Set<OrderStatus> seen = EnumSet.noneOf(OrderStatus.class);
        while (!open.isEmpty()) {
            OrderStatus status = open.pop();
            if (status == target) {
                return true;
            }
            if (seen.add(status)) {
                open.addAll(status.next());
            }
        }
        return false;
    }

    public boolean isTerminal() {
        return next().isEmpty();
    }
}
