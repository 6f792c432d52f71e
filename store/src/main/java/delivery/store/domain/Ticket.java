package delivery.store.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The store's side of a paid order, identified by the order's id. It waits for the owner until
 * its due time; after that only the timeout may decide it, with {@link #TIMEOUT_REASON}.
 */
public final class Ticket {

    public static final String TIMEOUT_REASON = "store did not confirm";
    public static final String CANCELLED_REASON = "order cancelled";

    private final UUID orderId;
    private final UUID storeId;
    private final UUID siteId;
    private final UUID slotId;
    private final List<TicketLine> items;
    private final String note;
    private final long totalAmount;
    private final LocalDate serviceDate;
    private final Instant createdAt;
    private final Instant dueAt;
    private TicketStatus status;
    private String reason;
    private Instant acceptedAt;

    private Ticket(UUID orderId, UUID storeId, UUID siteId, UUID slotId, List<TicketLine> items, String note,
                   long totalAmount, LocalDate serviceDate, Instant createdAt, Instant dueAt, TicketStatus status,
                   String reason, Instant acceptedAt) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.storeId = Objects.requireNonNull(storeId, "storeId");
        this.siteId = Objects.requireNonNull(siteId, "siteId");
        this.slotId = Objects.requireNonNull(slotId, "slotId");
        if (items == null || items.isEmpty()) {
            throw new InvalidValueException("items", "a ticket has at least one item");
        }
        if (totalAmount < 0) {
            throw new InvalidValueException("totalAmount", "totalAmount must not be negative");
        }
        this.items = List.copyOf(items);
        this.note = note;
        this.totalAmount = totalAmount;
        this.serviceDate = Objects.requireNonNull(serviceDate, "serviceDate");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
        this.status = Objects.requireNonNull(status, "status");
        this.reason = reason;
        this.acceptedAt = acceptedAt;
    }

    /**
     * A ticket for a confirmed order, waiting for the owner until {@code now + confirmWithin}.
     *
     * @param serviceDate the day the order is for, where the store is
     */
    public static Ticket open(UUID orderId, UUID storeId, UUID siteId, UUID slotId, List<TicketLine> items,
                              String note, long totalAmount, LocalDate serviceDate, Instant now,
                              Duration confirmWithin) {
        if (confirmWithin == null || confirmWithin.isNegative() || confirmWithin.isZero()) {
            throw new IllegalArgumentException("the time to confirm must be positive, was " + confirmWithin);
        }
        return new Ticket(orderId, storeId, siteId, slotId, items, note, totalAmount, serviceDate, now,
                now.plus(confirmWithin), TicketStatus.WAITING, null, null);
    }

    public static Ticket restore(UUID orderId, UUID storeId, UUID siteId, UUID slotId, List<TicketLine> items,
                                 String note, long totalAmount, LocalDate serviceDate, Instant createdAt, Instant dueAt,
                                 TicketStatus status, String reason, Instant acceptedAt) {
        return new Ticket(orderId, storeId, siteId, slotId, items, note, totalAmount, serviceDate, createdAt, dueAt,
                status, reason, acceptedAt);
    }

    /** The owner takes the order; the caller reserves the slot's capacity in the same transaction. */
    public TicketAccepted accept(Instant now) {
        requireOwnerMayDecide("accept", now);
        status = TicketStatus.ACCEPTED;
        acceptedAt = now;
        return new TicketAccepted(orderId, storeId, siteId, slotId, now);
    }

    public TicketRejected reject(String reason, Instant now) {
        Require.text("reason", reason, 500);
        requireOwnerMayDecide("reject", now);
        status = TicketStatus.REJECTED;
        this.reason = reason;
        return new TicketRejected(orderId, storeId, reason);
    }

    /** The owner did not decide in time. */
    public TicketRejected timeOut(Instant now) {
        requireStatus(TicketStatus.WAITING, "time out");
        if (!isOverdue(now)) {
            throw new IllegalTransitionException("ticket " + orderId + " is due only at " + dueAt);
        }
        status = TicketStatus.REJECTED;
        reason = TIMEOUT_REASON;
        return new TicketRejected(orderId, storeId, TIMEOUT_REASON);
    }

    public TicketReady markReady() {
        requireStatus(TicketStatus.ACCEPTED, "mark ready");
        status = TicketStatus.READY;
        return new TicketReady(orderId, storeId, siteId, slotId);
    }

    /**
     * The customer called the order off. Only a waiting ticket is dropped: an order can no longer
     * be cancelled once accepted, and a rejected ticket is already decided.
     *
     * @return whether the ticket changed
     */
    public boolean orderCancelled() {
        if (status != TicketStatus.WAITING) {
            return false;
        }
        status = TicketStatus.CANCELLED;
        reason = CANCELLED_REASON;
        return true;
    }

    public boolean isOverdue(Instant now) {
        return status == TicketStatus.WAITING && !now.isBefore(dueAt);
    }

    private void requireOwnerMayDecide(String action, Instant now) {
        requireStatus(TicketStatus.WAITING, action);
        if (!now.isBefore(dueAt)) {
            throw new IllegalTransitionException("cannot " + action + " ticket " + orderId
                    + ": the time to confirm ran out at " + dueAt);
        }
    }

    private void requireStatus(TicketStatus required, String action) {
        if (status != required) {
            throw new IllegalTransitionException("cannot " + action + " a ticket that is " + status);
        }
    }

    public UUID orderId() { return orderId; }
    public UUID storeId() { return storeId; }
    public UUID siteId() { return siteId; }
    public UUID slotId() { return slotId; }
    public List<TicketLine> items() { return items; }
    public String note() { return note; }
    public long totalAmount() { return totalAmount; }
    public LocalDate serviceDate() { return serviceDate; }
    public Instant createdAt() { return createdAt; }
    public Instant dueAt() { return dueAt; }
    public TicketStatus status() { return status; }
    public String reason() { return reason; }
    public Instant acceptedAt() { return acceptedAt; }
}
