package delivery.rider.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One order's trip from its store to the pickup shelves of its site in its slot.
 * <pre>
 * PLANNED ──assign──► ASSIGNED ──pick up──► PICKED_UP ──delay──► DELAYED ──complete──► COMPLETED
 *    ▲                   │ unassign            └────────complete───────────────────────────▲
 *    └───────────────────┘
 * PLANNED, ASSIGNED ──order cancelled──► CANCELLED
 * </pre>
 * The rider is unknown until dispatch assigns one. A delivery of a redelivery names the delivery it repeats.
 */
public final class Delivery {

    private static final Set<DeliveryStatus> ON_BOARD = EnumSet.of(DeliveryStatus.PICKED_UP, DeliveryStatus.DELAYED);
    private static final Set<DeliveryStatus> DROPPED_WITH_ORDER = EnumSet.of(DeliveryStatus.PLANNED, DeliveryStatus.ASSIGNED);
    private static final Set<DeliveryStatus> REPORTABLE =
            EnumSet.of(DeliveryStatus.PICKED_UP, DeliveryStatus.DELAYED, DeliveryStatus.COMPLETED);

    private final UUID id;
    private final UUID orderId;
    private final UUID storeId;
    private final SiteSlot slot;
    private final UUID redeliveryOf;
    private UUID riderId;
    private DeliveryStatus status;
    private Integer boxNumber;
    private Instant pickedUpAt;
    private Instant completedAt;
    private String delayReason;
    private MissingReport missingReport;

    private Delivery(UUID id, UUID orderId, UUID storeId, SiteSlot slot, UUID redeliveryOf, UUID riderId,
                     DeliveryStatus status, Integer boxNumber, Instant pickedUpAt, Instant completedAt,
                     String delayReason, MissingReport missingReport) {
        Require.present("id", id);
        Require.present("orderId", orderId);
        Require.present("storeId", storeId);
        Require.present("slot", slot);
        Require.present("status", status);
        if (riderId == null && status != DeliveryStatus.PLANNED && status != DeliveryStatus.CANCELLED) {
            throw new InvalidValueException("riderId", "a " + status + " delivery has a rider");
        }
        if (status == DeliveryStatus.COMPLETED && boxNumber == null) {
            throw new InvalidValueException("boxNumber", "a completed delivery has a box number");
        }
        this.id = id;
        this.orderId = orderId;
        this.storeId = storeId;
        this.slot = slot;
        this.redeliveryOf = redeliveryOf;
        this.riderId = riderId;
        this.status = status;
        this.boxNumber = boxNumber;
        this.pickedUpAt = pickedUpAt;
        this.completedAt = completedAt;
        this.delayReason = delayReason;
        this.missingReport = missingReport;
    }

    /** A delivery for an order the store accepted, waiting for dispatch. */
    public static Delivery plan(UUID orderId, UUID storeId, SiteSlot slot) {
        return new Delivery(UUID.randomUUID(), orderId, storeId, slot, null, null, DeliveryStatus.PLANNED,
                null, null, null, null, null);
    }

    public static Delivery restore(UUID id, UUID orderId, UUID storeId, SiteSlot slot, UUID redeliveryOf,
                                   UUID riderId, DeliveryStatus status, Integer boxNumber, Instant pickedUpAt,
                                   Instant completedAt, String delayReason, MissingReport missingReport) {
        return new Delivery(id, orderId, storeId, slot, redeliveryOf, riderId, status, boxNumber, pickedUpAt,
                completedAt, delayReason, missingReport);
    }

    public DeliveryPlanned planned() {
        return new DeliveryPlanned(id, orderId, storeId, slot.siteId(), slot.slotId());
    }

    public DeliveryWaitingForRider waitingForRider() {
        requireStatus("wait for a rider", EnumSet.of(DeliveryStatus.PLANNED));
        return new DeliveryWaitingForRider(id, orderId, slot.siteId(), slot.slotId());
    }

    public DeliveryAssigned assignTo(UUID rider) {
        Require.present("riderId", rider);
        requireStatus("be assigned", EnumSet.of(DeliveryStatus.PLANNED));
        riderId = rider;
        status = DeliveryStatus.ASSIGNED;
        return new DeliveryAssigned(id, orderId, rider, storeId, slot.siteId(), slot.slotId());
    }

    /** Takes the delivery back from a rider who has not picked it up; it is planned again. */
    public DeliveryUnassigned unassign(String reason) {
        requireStatus("be unassigned", EnumSet.of(DeliveryStatus.ASSIGNED));
        UUID previous = riderId;
        riderId = null;
        status = DeliveryStatus.PLANNED;
        return new DeliveryUnassigned(id, orderId, previous, reason);
    }

    public DeliveryPickedUp pickUp(Instant at) {
        requireStatus("be picked up", EnumSet.of(DeliveryStatus.ASSIGNED));
        status = DeliveryStatus.PICKED_UP;
        pickedUpAt = at;
        return new DeliveryPickedUp(id, orderId, riderId, at);
    }

    public DeliveryDelayed delay(String reason) {
        Require.text("reason", reason, 500);
        requireStatus("be delayed", ON_BOARD);
        status = DeliveryStatus.DELAYED;
        delayReason = reason;
        return new DeliveryDelayed(id, orderId, riderId, reason);
    }

    /** Dropped on the site's shelves in the given box (unique within its site, slot and date). */
    public DeliveryCompleted complete(int box, Instant at) {
        if (box < 1) {
            throw new InvalidValueException("boxNumber", "box numbers start at 1");
        }
        requireStatus("complete", ON_BOARD);
        status = DeliveryStatus.COMPLETED;
        boxNumber = box;
        completedAt = at;
        return new DeliveryCompleted(id, orderId, riderId, storeId, String.valueOf(box), at);
    }

    public boolean canComplete() {
        return ON_BOARD.contains(status);
    }

    /** An order cancelled before pickup drops its delivery; after pickup the delivery stays. */
    public Optional<DeliveryCancelled> cancelWithOrder(String reason) {
        if (!DROPPED_WITH_ORDER.contains(status)) {
            return Optional.empty();
        }
        status = DeliveryStatus.CANCELLED;
        return Optional.of(new DeliveryCancelled(id, orderId, reason));
    }

    /** Items found missing once the rider had the order: reported once per delivery. */
    public MissingItemsReported reportMissing(Fault fault, Resolution resolution, List<MissingItem> items) {
        Require.present("fault", fault);
        Require.present("resolution", resolution);
        requireStatus("have missing items reported", REPORTABLE);
        if (missingReport != null) {
            throw new IllegalTransitionException("delivery " + id + " already has a missing-item report");
        }
        missingReport = new MissingReport(fault, resolution);
        return new MissingItemsReported(id, orderId, storeId, riderId, fault, resolution,
                items == null ? List.of() : List.copyOf(items));
    }

    /** The new delivery a REDELIVERY resolution opens for the same order, site and slot. */
    public Delivery redelivery() {
        if (missingReport == null || missingReport.resolution() != Resolution.REDELIVERY) {
            throw new IllegalTransitionException("delivery " + id + " has no redelivery to open");
        }
        return new Delivery(UUID.randomUUID(), orderId, storeId, slot, id, null, DeliveryStatus.PLANNED,
                null, null, null, null, null);
    }

    /** The rider has the order with them: picked up, possibly delayed, not yet dropped. */
    public boolean onBoard() {
        return ON_BOARD.contains(status);
    }

    private void requireStatus(String action, Set<DeliveryStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new IllegalTransitionException("delivery " + id + " is " + status + " and cannot " + action);
        }
    }

    public UUID id() { return id; }
    public UUID orderId() { return orderId; }
    public UUID storeId() { return storeId; }
    public SiteSlot slot() { return slot; }
    public UUID siteId() { return slot.siteId(); }
    public UUID slotId() { return slot.slotId(); }
    public LocalDate serviceDate() { return slot.serviceDate(); }
    public UUID redeliveryOf() { return redeliveryOf; }
    public UUID riderId() { return riderId; }
    public DeliveryStatus status() { return status; }
    public Integer boxNumber() { return boxNumber; }
    public Instant pickedUpAt() { return pickedUpAt; }
    public Instant completedAt() { return completedAt; }
    public String delayReason() { return delayReason; }
    public MissingReport missingReport() { return missingReport; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Delivery delivery && delivery.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
