package delivery.order.domain;

import java.time.Instant;
import java.util.Objects;

/** One status change of an order, as the customer sees it in the order's timeline. */
public record TimelineEntry(OrderStatus status, Instant at, String reason) {

    public TimelineEntry {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
    }
}
