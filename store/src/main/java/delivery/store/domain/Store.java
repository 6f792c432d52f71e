package delivery.store.domain;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A store on the platform. It starts in review; only an approved store sells.
 * State changes are methods that enforce the onboarding rules.
 */
public final class Store {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final UUID id;
    private final String name;
    private final UUID ownerId;
    private final LocalTime openTime;
    private final LocalTime closeTime;
    private final Set<UUID> siteIds;
    private final int capacityPerSlot;
    private final Commission commission;
    private StoreStatus status;
    private String rejectionReason;

    private Store(UUID id, String name, UUID ownerId, LocalTime openTime, LocalTime closeTime, Set<UUID> siteIds,
                  int capacityPerSlot, Commission commission, StoreStatus status, String rejectionReason) {
        Require.text("name", name, 100);
        if (ownerId == null) {
            throw new InvalidValueException("ownerId", "ownerId is required");
        }
        if (openTime == null || closeTime == null || !openTime.isBefore(closeTime)) {
            throw new InvalidValueException("closeTime", "closeTime must be after openTime");
        }
        if (siteIds == null || siteIds.isEmpty()) {
            throw new InvalidValueException("siteIds", "a store serves at least one delivery site");
        }
        Require.positive("capacityPerSlot", capacityPerSlot);
        this.id = Objects.requireNonNull(id);
        this.name = name;
        this.ownerId = ownerId;
        this.openTime = openTime;
        this.closeTime = closeTime;
        this.siteIds = Set.copyOf(siteIds);
        this.capacityPerSlot = capacityPerSlot;
        this.commission = Objects.requireNonNull(commission);
        this.status = Objects.requireNonNull(status);
        this.rejectionReason = rejectionReason;
    }

    public static Store apply(String name, UUID ownerId, LocalTime openTime, LocalTime closeTime, Set<UUID> siteIds,
                              int capacityPerSlot, Commission commission) {
        return new Store(UUID.randomUUID(), name, ownerId, openTime, closeTime, siteIds, capacityPerSlot, commission,
                StoreStatus.PENDING_REVIEW, null);
    }

    public static Store restore(UUID id, String name, UUID ownerId, LocalTime openTime, LocalTime closeTime,
                                Set<UUID> siteIds, int capacityPerSlot, Commission commission, StoreStatus status,
                                String rejectionReason) {
        return new Store(id, name, ownerId, openTime, closeTime, siteIds, capacityPerSlot, commission, status,
                rejectionReason);
    }

    public StoreApproved approve() {
        requireInReview("approve");
        status = StoreStatus.APPROVED;
        return new StoreApproved(id, ownerId, name);
    }

    public StoreRejected reject(String reason) {
        Require.text("reason", reason, 500);
        requireInReview("reject");
        status = StoreStatus.REJECTED;
        rejectionReason = reason;
        return new StoreRejected(id, ownerId, name, reason);
    }

    public StoreRegistered registered() {
        return new StoreRegistered(id, ownerId, name, List.copyOf(siteIds), capacityPerSlot, commission.type().name(),
                commission.value(), HH_MM.format(openTime), HH_MM.format(closeTime));
    }

    private void requireInReview(String action) {
        if (status != StoreStatus.PENDING_REVIEW) {
            throw new IllegalTransitionException("cannot " + action + " a store that is " + status);
        }
    }

    public boolean isOpenAt(LocalTime time) {
        return !time.isBefore(openTime) && time.isBefore(closeTime);
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public UUID ownerId() { return ownerId; }
    public LocalTime openTime() { return openTime; }
    public LocalTime closeTime() { return closeTime; }
    public Set<UUID> siteIds() { return siteIds; }
    public int capacityPerSlot() { return capacityPerSlot; }
    public Commission commission() { return commission; }
    public StoreStatus status() { return status; }
    public String rejectionReason() { return rejectionReason; }
}
