package delivery.order.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer's order and its way through the saga. Each state change is a method that checks
 * the status table of {@link OrderStatus}, appends one timeline entry and returns the event
 * that tells the other services what happened.
 */
public final class Order {

    static final int MAX_NOTE = 500;
    static final int MAX_REASON = 500;
    static final int MAX_BOX_NUMBER = 20;

    private final Clock clock;
    private final UUID id;
    private final UUID customerId;
    private final UUID storeId;
    private final UUID siteId;
    private final UUID slotId;
    private final List<OrderLine> lines;
    private final String note;
    private final OrderPayment payment;
    private final long totalAmount;
    private final long version;
    private final List<TimelineEntry> timeline;
    private OrderStatus status;
    private UUID riderId;
    private String boxNumber;
    private CancelledBy cancelledBy;

    private Order(Clock clock, UUID id, UUID customerId, UUID storeId, UUID siteId, UUID slotId, List<OrderLine> lines,
                  String note, OrderPayment payment, OrderStatus status, UUID riderId, String boxNumber,
                  CancelledBy cancelledBy, List<TimelineEntry> timeline, long version) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Require.present("customerId", customerId);
        this.storeId = Require.present("storeId", storeId);
        this.siteId = Require.present("siteId", siteId);
        this.slotId = Require.present("slotId", slotId);
        if (lines == null || lines.isEmpty()) {
            throw new InvalidValueException("items", "an order has at least one item");
        }
        this.lines = List.copyOf(lines);
        this.note = Require.optionalText("note", note, MAX_NOTE);
        this.payment = Require.present("payment", payment);
        this.totalAmount = this.lines.stream().mapToLong(OrderLine::amount).reduce(0, Money::plus);
        this.status = Objects.requireNonNull(status, "status");
        this.riderId = riderId;
        this.boxNumber = boxNumber;
        this.cancelledBy = cancelledBy;
        this.timeline = new ArrayList<>(timeline);
        this.version = version;
    }

    /**
     * A new order, waiting for its payment, at the prices of a {@link Quote}; its first timeline
     * entry says when the prices did not come from the store itself.
     */
    public static Order place(Clock clock, UUID customerId, UUID storeId, UUID siteId, UUID slotId,
                              List<OrderLine> lines, String note, OrderPayment payment, PricedBy pricedBy) {
        Instant now = now(clock);
        Require.present("pricedBy", pricedBy);
        return new Order(clock, UUID.randomUUID(), customerId, storeId, siteId, slotId, lines, note, payment,
                OrderStatus.PAYMENT_PENDING, null, null, null,
                List.of(new TimelineEntry(OrderStatus.PAYMENT_PENDING, now, pricedBy.timelineReason())), 0);
    }

    /** An order as it was stored; {@code version} is what the store's optimistic check compares against. */
    public static Order restore(Clock clock, UUID id, UUID customerId, UUID storeId, UUID siteId, UUID slotId,
                                List<OrderLine> lines, String note, OrderPayment payment, OrderStatus status,
                                UUID riderId, String boxNumber, CancelledBy cancelledBy,
                                List<TimelineEntry> timeline, long version) {
        if (timeline == null || timeline.isEmpty() || timeline.get(timeline.size() - 1).status() != status) {
            throw new IllegalStateException("order " + id + " is " + status + " but its timeline does not end there");
        }
        return new Order(clock, id, customerId, storeId, siteId, slotId, lines, note, payment.withoutCardToken(),
                status, riderId, boxNumber, cancelledBy, timeline, version);
    }

    /** What billing needs to charge the order; the card token is known only on the order just placed. */
    public OrderPlaced placed() {
        return new OrderPlaced(id, customerId, storeId, siteId, slotId, lines, note, payment.method(),
                payment.cardToken(), payment.couponCode(), payment.points(), totalAmount, placedAt());
    }

    /** Billing approved the payment: the order goes to the store. */
    public OrderConfirmed paymentApproved() {
        moveTo(OrderStatus.ORDER_WAITING, null);
        return new OrderConfirmed(id, customerId, storeId, siteId, slotId, lines, note, totalAmount);
    }

    /** Billing refused the payment: the order ends here. */
    public OrderPaymentFailed paymentRejected(String reason) {
        Require.text("reason", reason, MAX_REASON);
        moveTo(OrderStatus.PAYMENT_FAILED, reason);
        return new OrderPaymentFailed(id, customerId, reason);
    }

    /** The store accepted its ticket. */
    public OrderAccepted accept() {
        moveTo(OrderStatus.ACCEPTED, null);
        return new OrderAccepted(id, customerId, storeId, siteId, slotId);
    }

    /**
     * Calls the order off before the store accepted it: the customer cancelling, or the store
     * rejecting its ticket or not confirming it in time.
     */
    public OrderCancelled cancel(String reason, CancelledBy by) {
        Require.text("reason", reason, MAX_REASON);
        Require.present("cancelledBy", by);
        OrderStatus previous = status;
        moveTo(OrderStatus.CANCELLED, reason);
        cancelledBy = by;
        return new OrderCancelled(id, customerId, storeId, slotId, totalAmount, reason, by, previous);
    }

    /** Billing refunded the cancelled order. */
    public OrderRefunded refunded() {
        moveTo(OrderStatus.REFUNDED, null);
        return new OrderRefunded(id, customerId, totalAmount);
    }

    public OrderRiderAssigned deliveryAssigned(UUID riderId) {
        Require.present("riderId", riderId);
        moveTo(OrderStatus.DELIVERY_WAITING, null);
        this.riderId = riderId;
        return new OrderRiderAssigned(id, customerId, riderId);
    }

    public OrderPickedUp pickedUp() {
        moveTo(OrderStatus.PICKED_UP, null);
        return new OrderPickedUp(id, customerId, riderId);
    }

    /** The rider is late; may be reported again while the order is still on its way. */
    public OrderDelayed delayed(String reason) {
        Require.text("reason", reason, MAX_REASON);
        moveTo(OrderStatus.DELAYED, reason);
        return new OrderDelayed(id, customerId, riderId, reason);
    }

    public OrderDelivered delivered(String boxNumber) {
        Require.text("boxNumber", boxNumber, MAX_BOX_NUMBER);
        moveTo(OrderStatus.DELIVERED, null);
        this.boxNumber = boxNumber;
        return new OrderDelivered(id, customerId, storeId, riderId, boxNumber, totalAmount);
    }

    private void moveTo(OrderStatus requested, String reason) {
        if (!status.canBecome(requested)) {
            throw new IllegalTransitionException(status, requested);
        }
        status = requested;
        timeline.add(new TimelineEntry(requested, now(clock), reason));
    }

    // PostgreSQL keeps microseconds; an order read back must equal the one written.
    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public UUID id() { return id; }
    public UUID customerId() { return customerId; }
    public UUID storeId() { return storeId; }
    public UUID siteId() { return siteId; }
    public UUID slotId() { return slotId; }
    public List<OrderLine> lines() { return lines; }
    public String note() { return note; }
    public PaymentMethod paymentMethod() { return payment.method(); }
    public OrderPayment payment() { return payment; }
    public long totalAmount() { return totalAmount; }
    public OrderStatus status() { return status; }
    public UUID riderId() { return riderId; }
    public String boxNumber() { return boxNumber; }
    public CancelledBy cancelledBy() { return cancelledBy; }
    public List<TimelineEntry> timeline() { return List.copyOf(timeline); }
    public Instant placedAt() { return timeline.get(0).at(); }
    /** The stored version this order was loaded at (0 for a new order). */
    public long version() { return version; }
}
