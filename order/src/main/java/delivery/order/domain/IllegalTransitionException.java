package delivery.order.domain;

/** The order's current status forbids the requested change. */
public class IllegalTransitionException extends RuntimeException {
    private final OrderStatus current;
    private final OrderStatus requested;

    public IllegalTransitionException(OrderStatus current, OrderStatus requested) {
        super("an order that is " + current + " cannot become " + requested);
        this.current = current;
        this.requested = requested;
    }

    public OrderStatus current() {
        return current;
    }

    public OrderStatus requested() {
        return requested;
    }
}
