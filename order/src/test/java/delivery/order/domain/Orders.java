package delivery.order.domain;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Orders for tests: a typical one, and one driven along the saga into any status. */
public final class Orders {

    private Orders() {
    }

    public static List<OrderLine> lines() {
        return List.of(
                new OrderLine(UUID.randomUUID(), "Bibimbap", 8_000, 2, List.of(new OrderLineOption("extra egg", 500, 1))),
                new OrderLine(UUID.randomUUID(), "Barley tea", 1_500, 1, List.of()));
    }

    public static Order placed(Clock clock) {
        return placed(clock, UUID.randomUUID());
    }

    public static Order placed(Clock clock, UUID customerId) {
        return Order.place(clock, customerId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), lines(),
                "no spoon, please", new OrderPayment(PaymentMethod.CARD, "tok_visa", null, 0), PricedBy.STORE);
    }

    /** A new order taken along the shortest path of the saga to the given status. */
    public static Order in(OrderStatus status, Clock clock) {
        Order order = placed(clock);
        switch (status) {
            case PAYMENT_PENDING -> { }
            case PAYMENT_FAILED -> order.paymentRejected("card declined");
            case ORDER_WAITING -> order.paymentApproved();
            case CANCELLED, REFUNDED -> {
                order.paymentApproved();
                order.cancel("store did not confirm", CancelledBy.STORE);
                if (status == OrderStatus.REFUNDED) {
                    order.refunded();
                }
            }
            default -> {
                order.paymentApproved();
                order.accept();
                if (status == OrderStatus.ACCEPTED) {
                    break;
                }
                order.deliveryAssigned(UUID.randomUUID());
                if (status == OrderStatus.DELIVERY_WAITING) {
                    break;
                }
                order.pickedUp();
                if (status == OrderStatus.DELAYED) {
                    order.delayed("traffic");
                } else if (status == OrderStatus.DELIVERED) {
                    order.delivered("A-12");
                }
            }
        }
        if (order.status() != status) {
            throw new IllegalStateException("could not take an order to " + status);
        }
        return order;
    }
}
