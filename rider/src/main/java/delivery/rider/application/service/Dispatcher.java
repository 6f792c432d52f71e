package delivery.rider.application.service;

import delivery.rider.application.port.out.DeliveryEventPublisher;
import delivery.rider.application.port.out.DeliveryRepository;
import delivery.rider.application.port.out.RiderRepository;
import delivery.rider.application.port.out.SlotAssignmentRepository;
import delivery.rider.domain.Delivery;
import delivery.rider.domain.DeliveryStatus;
import delivery.rider.domain.DispatchPolicy;
import delivery.rider.domain.Rider;
import delivery.rider.domain.SiteSlot;
import delivery.rider.domain.SlotAssignment;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Dispatch inside the caller's transaction: one rider per site-and-slot, chosen by {@link DispatchPolicy};
 * every decision is written (slot assignment, deliveries, outbox events) with the change that caused it.
 * The caller holds the {@link delivery.rider.application.port.out.SiteDispatchLock} of the sites concerned.
 */
@Singleton
class Dispatcher {

    static final String RIDER_UNAVAILABLE = "rider unavailable";

    private final DeliveryRepository deliveries;
    private final SlotAssignmentRepository assignments;
    private final RiderRepository riders;
    private final DeliveryEventPublisher events;

    Dispatcher(DeliveryRepository deliveries, SlotAssignmentRepository assignments, RiderRepository riders,
               DeliveryEventPublisher events) {
        this.deliveries = deliveries;
        this.assignments = assignments;
        this.riders = riders;
        this.events = events;
    }

    /** A new planned delivery (already stored): to the rider of its site-and-slot, or waiting for one. */
    void dispatch(Delivery delivery) {
        Optional<UUID> rider = riderFor(delivery.slot());
        if (rider.isPresent()) {
            events.deliveryAssigned(delivery.assignTo(rider.get()));
        } else {
            events.deliveryWaitingForRider(delivery.waitingForRider());
        }
        deliveries.update(delivery);
    }

    /**
     * The rider stepped out: each site-and-slot they hold and have not started (nothing of it on board)
     * goes to another available rider of the site, or waits. A slot the rider is on the road with stays theirs.
     */
    void riderBecameUnavailable(UUID riderId) {
        for (SlotAssignment assignment : assignments.lockOfRider(riderId)) {
            handOver(assignment);
        }
    }

    /**
     * A delivery left its rider's hands (completed). A rider who stepped out while on the road
     * kept their site-and-slot only for what they carried: once nothing of it is on board, the
     * rest of it goes to another rider, or waits.
     */
    void deliveryLeftTheRider(SiteSlot slot) {
        assignments.lock(slot).ifPresent(assignment -> {
            boolean available = riders.findById(assignment.riderId()).map(Rider::available).orElse(false);
            if (!available) {
                handOver(assignment);
            }
        });
    }

    /** A rider became available (or registered): the waiting deliveries of their sites are dispatched now. */
    void riderBecameAvailable(Rider rider) {
        Map<SiteSlot, List<Delivery>> waiting = new LinkedHashMap<>();
        for (Delivery delivery : deliveries.lockWaitingAtSites(rider.siteIds())) {
            waiting.computeIfAbsent(delivery.slot(), slot -> new java.util.ArrayList<>()).add(delivery);
        }
        waiting.forEach((slot, group) -> riderFor(slot).ifPresent(chosen -> group.forEach(delivery -> {
            events.deliveryAssigned(delivery.assignTo(chosen));
            deliveries.update(delivery);
        })));
    }

    /** The rider of the site-and-slot: the one holding it, else a new one chosen and recorded, else nobody. */
    private Optional<UUID> riderFor(SiteSlot slot) {
        Optional<SlotAssignment> held = assignments.lock(slot);
        if (held.isPresent()) {
            boolean available = riders.findById(held.get().riderId()).map(Rider::available).orElse(false);
            return available ? Optional.of(held.get().riderId()) : handOver(held.get());
        }
        return DispatchPolicy.chooseRider(riders.availableAtSite(slot.siteId()))
                .map(chosen -> assignments.insertIfAbsent(new SlotAssignment(slot, chosen)).riderId());
    }

    /**
     * Moves a site-and-slot away from its (unavailable) rider unless they carry part of it:
     * its assigned deliveries are unassigned and assigned to the new rider, or wait.
     * @return the rider who holds the site-and-slot afterwards
     */
    private Optional<UUID> handOver(SlotAssignment assignment) {
        List<Delivery> group = deliveries.lockOfSlot(assignment.slot());
        if (group.stream().anyMatch(delivery -> delivery.onBoard() && assignment.riderId().equals(delivery.riderId()))) {
            return Optional.of(assignment.riderId());
        }
        List<Delivery> assigned = group.stream().filter(delivery -> delivery.status() == DeliveryStatus.ASSIGNED).toList();
        assigned.forEach(delivery -> events.deliveryUnassigned(delivery.unassign(RIDER_UNAVAILABLE)));
        Optional<UUID> successor = DispatchPolicy.chooseRider(riders.availableAtSite(assignment.slot().siteId()).stream()
                .filter(load -> !load.riderId().equals(assignment.riderId())).toList());
        if (successor.isPresent()) {
            assignments.update(assignment.handOverTo(successor.get()));
            assigned.forEach(delivery -> events.deliveryAssigned(delivery.assignTo(successor.get())));
        } else {
            assignments.delete(assignment.slot());
            assigned.forEach(delivery -> events.deliveryWaitingForRider(delivery.waitingForRider()));
        }
        assigned.forEach(deliveries::update);
        return successor;
    }
}
