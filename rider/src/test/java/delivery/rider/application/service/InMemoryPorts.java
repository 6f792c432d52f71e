package delivery.rider.application.service;

import delivery.rider.application.port.out.DeliveryEventPublisher;
import delivery.rider.application.port.out.DeliveryRepository;
import delivery.rider.application.port.out.RiderEventPublisher;
import delivery.rider.application.port.out.RiderRepository;
import delivery.rider.application.port.out.SlotAssignmentRepository;
import delivery.rider.domain.Delivery;
import delivery.rider.domain.DeliveryAssigned;
import delivery.rider.domain.DeliveryCancelled;
import delivery.rider.domain.DeliveryCompleted;
import delivery.rider.domain.DeliveryDelayed;
import delivery.rider.domain.DeliveryPickedUp;
import delivery.rider.domain.DeliveryPlanned;
import delivery.rider.domain.DeliveryStatus;
import delivery.rider.domain.DeliveryUnassigned;
import delivery.rider.domain.DeliveryWaitingForRider;
import delivery.rider.domain.MissingItemsReported;
import delivery.rider.domain.Rider;
import delivery.rider.domain.RiderAvailabilityChanged;
import delivery.rider.domain.RiderLoad;
import delivery.rider.domain.RiderRegistered;
import delivery.rider.domain.SiteSlot;
import delivery.rider.domain.SlotAssignment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The rider service's outgoing ports in memory, so the dispatch rules run as fast property tests. */
final class InMemoryPorts {

    static final Set<DeliveryStatus> ACTIVE = EnumSet.of(DeliveryStatus.ASSIGNED, DeliveryStatus.PICKED_UP,
            DeliveryStatus.DELAYED);

    final Map<UUID, Delivery> deliveries = new LinkedHashMap<>();
    final Map<SiteSlot, SlotAssignment> assignments = new LinkedHashMap<>();
    final Map<UUID, Rider> riders = new LinkedHashMap<>();
    final List<Object> events = new ArrayList<>();

    final Dispatcher dispatcher;
    final DeliveryService deliveryService;
    final RiderService riderService;

    InMemoryPorts() {
        DeliveryEventPublisher deliveryEvents = new RecordingEvents();
        dispatcher = new Dispatcher(new Deliveries(), new Assignments(), new Riders(), deliveryEvents);
        deliveryService = new DeliveryService(new Deliveries(), siteIds -> { }, dispatcher, deliveryEvents,
                Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC), ZoneId.of("Asia/Seoul"));
        riderService = new RiderService(new Riders(), siteIds -> { }, new RiderEventPublisher() {
            @Override
            public void riderRegistered(RiderRegistered event) {
                events.add(event);
            }

            @Override
            public void riderAvailabilityChanged(RiderAvailabilityChanged event) {
                events.add(event);
            }
        }, dispatcher);
    }

    RiderLoad loadOf(UUID riderId) {
        int held = (int) assignments.values().stream().filter(a -> a.riderId().equals(riderId))
                .filter(a -> deliveries.values().stream().anyMatch(d -> d.slot().equals(a.slot())
                        && riderId.equals(d.riderId()) && ACTIVE.contains(d.status()))).count();
        int active = (int) deliveries.values().stream()
                .filter(d -> riderId.equals(d.riderId()) && ACTIVE.contains(d.status())).count();
        return new RiderLoad(riderId, held, active);
    }

    final class Deliveries implements DeliveryRepository {
        @Override
        public void insert(Delivery delivery) {
            if (deliveries.putIfAbsent(delivery.id(), delivery) != null) {
                throw new IllegalStateException("duplicate delivery " + delivery.id());
            }
        }

        @Override
        public void update(Delivery delivery) {
            deliveries.put(delivery.id(), delivery);
        }

        @Override
        public List<Delivery> findByOrderId(UUID orderId) {
            return deliveries.values().stream().filter(d -> d.orderId().equals(orderId)).toList();
        }

        @Override
        public List<Delivery> findByRiderId(UUID riderId) {
            return deliveries.values().stream().filter(d -> riderId.equals(d.riderId())).toList();
        }

        @Override
        public List<Delivery> findByOrderIdAndRiderId(UUID orderId, UUID riderId) {
            return findByOrderId(orderId).stream().filter(d -> riderId.equals(d.riderId())).toList();
        }

        @Override
        public boolean existsForOrder(UUID orderId) {
            return !findByOrderId(orderId).isEmpty();
        }

        @Override
        public Optional<Delivery> findById(UUID deliveryId) {
            return Optional.ofNullable(deliveries.get(deliveryId));
        }

        @Override
        public Optional<Delivery> lockById(UUID deliveryId) {
            return Optional.ofNullable(deliveries.get(deliveryId));
        }

        @Override
        public List<Delivery> lockByOrderId(UUID orderId) {
            return findByOrderId(orderId);
        }

        @Override
        public List<Delivery> lockOfSlot(SiteSlot slot) {
            return deliveries.values().stream().filter(d -> d.slot().equals(slot)).toList();
        }

        @Override
        public List<Delivery> lockWaitingAtSites(Collection<UUID> siteIds) {
            return deliveries.values().stream()
                    .filter(d -> d.status() == DeliveryStatus.PLANNED && siteIds.contains(d.siteId()))
                    .sorted(Comparator.comparing(Delivery::serviceDate).thenComparing(Delivery::siteId)
                            .thenComparing(Delivery::slotId).thenComparing(Delivery::id))
                    .toList();
        }

        @Override
        public int nextBoxNumber(SiteSlot slot) {
            return lockOfSlot(slot).stream().map(Delivery::boxNumber).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).max().orElse(0) + 1;
        }
    }

    final class Assignments implements SlotAssignmentRepository {
        @Override
        public Optional<SlotAssignment> lock(SiteSlot slot) {
            return Optional.ofNullable(assignments.get(slot));
        }

        @Override
        public SlotAssignment insertIfAbsent(SlotAssignment assignment) {
            return assignments.computeIfAbsent(assignment.slot(), slot -> assignment);
        }

        @Override
        public void update(SlotAssignment assignment) {
            assignments.put(assignment.slot(), assignment);
        }

        @Override
        public void delete(SiteSlot slot) {
            assignments.remove(slot);
        }

        @Override
        public List<SlotAssignment> lockOfRider(UUID riderId) {
            return assignments.values().stream().filter(a -> a.riderId().equals(riderId)).toList();
        }
    }

    final class Riders implements RiderRepository {
        @Override
        public void insert(Rider rider) {
            riders.put(rider.id(), rider);
        }

        @Override
        public void update(Rider rider) {
            riders.put(rider.id(), rider);
        }

        @Override
        public Optional<Rider> findById(UUID riderId) {
            return Optional.ofNullable(riders.get(riderId));
        }

        @Override
        public Optional<Rider> lockById(UUID riderId) {
            return findById(riderId);
        }

        @Override
        public List<RiderLoad> availableAtSite(UUID siteId) {
            return riders.values().stream().filter(r -> r.available() && r.siteIds().contains(siteId))
                    .map(r -> loadOf(r.id())).toList();
        }
    }

    final class RecordingEvents implements DeliveryEventPublisher {
        @Override
        public void deliveryPlanned(DeliveryPlanned event) {
            events.add(event);
        }

        @Override
        public void deliveryWaitingForRider(DeliveryWaitingForRider event) {
            events.add(event);
        }

        @Override
        public void deliveryAssigned(DeliveryAssigned event) {
            events.add(event);
        }

        @Override
        public void deliveryUnassigned(DeliveryUnassigned event) {
            events.add(event);
        }

        @Override
        public void deliveryPickedUp(DeliveryPickedUp event) {
            events.add(event);
        }

        @Override
        public void deliveryDelayed(DeliveryDelayed event) {
            events.add(event);
        }

        @Override
        public void deliveryCompleted(DeliveryCompleted event) {
            events.add(event);
        }

        @Override
        public void missingItemsReported(MissingItemsReported event) {
            events.add(event);
        }

        @Override
        public void deliveryCancelled(DeliveryCancelled event) {
            events.add(event);
        }
    }
}
