package delivery.order.domain;

/**
 * Who vouched for an order's items and prices at placement: the store service itself, or,
 * while it could not be reached, the order service's copy of the store's catalog.
 */
public enum PricedBy {
    STORE(null),
    CATALOG_COPY("priced from the order service's catalog copy: the store service was unavailable");

    private final String timelineReason;

    PricedBy(String timelineReason) {
        this.timelineReason = timelineReason;
    }

    /** What the placement's timeline entry says about it; nothing in the usual case. */
    public String timelineReason() {
        return timelineReason;
    }
}
