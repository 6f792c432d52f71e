package delivery.rider.application.service;

import delivery.rider.application.port.in.CancelOrderDeliveryUseCase;
import delivery.rider.application.port.in.DeliveryLifecycleUseCase;
import delivery.rider.application.port.in.PlanDeliveryUseCase;
import delivery.rider.application.port.in.UnknownIdException;
import delivery.rider.application.port.out.DeliveryEventPublisher;
import delivery.rider.application.port.out.DeliveryRepository;
import delivery.rider.application.port.out.SiteDispatchLock;
import delivery.rider.domain.Delivery;
import delivery.rider.domain.IllegalTransitionException;
import delivery.rider.domain.InvalidValueException;
import delivery.rider.domain.Resolution;
import delivery.rider.domain.SiteSlot;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

@Singleton
public class DeliveryService implements PlanDeliveryUseCase, CancelOrderDeliveryUseCase, DeliveryLifecycleUseCase {

    private final DeliveryRepository deliveries;
    private final SiteDispatchLock siteLock;
    private final Dispatcher dispatcher;
    private final DeliveryEventPublisher events;
    private final Clock clock;
    private final ZoneId serviceZone;

    /** @param serviceZone where the sites are: an order accepted at 00:30 there belongs to that day's slots */
    public DeliveryService(DeliveryRepository deliveries, SiteDispatchLock siteLock, Dispatcher dispatcher,
                           DeliveryEventPublisher events, Clock clock,
                           @Value("${rider.service-zone:Asia/Seoul}") ZoneId serviceZone) {
        this.deliveries = deliveries;
        this.siteLock = siteLock;
        this.dispatcher = dispatcher;
        this.events = events;
        this.clock = clock;
        this.serviceZone = serviceZone;
    }

    @Override
    @Transactional
    public void planDelivery(PlanDeliveryCommand command) {
        siteLock.lock(List.of(command.siteId()));
        if (deliveries.existsForOrder(command.orderId())) {
            return;
        }
        if (command.acceptedAt() == null) {
            throw new InvalidValueException("acceptedAt", "acceptedAt is required");
        }
        SiteSlot slot = new SiteSlot(command.siteId(), command.slotId(),
                command.acceptedAt().atZone(serviceZone).toLocalDate());
        Delivery delivery = Delivery.plan(command.orderId(), command.storeId(), slot);
        deliveries.insert(delivery);
        events.deliveryPlanned(delivery.planned());
        dispatcher.dispatch(delivery);
    }

    @Override
    @Transactional
    public void cancelOrderDelivery(UUID orderId, String reason) {
        for (Delivery delivery : deliveries.lockByOrderId(orderId)) {
            delivery.cancelWithOrder(reason == null ? "order cancelled" : reason).ifPresent(cancelled -> {
                deliveries.update(delivery);
                events.deliveryCancelled(cancelled);
            });
        }
    }

    @Override
    @Transactional
    public Delivery pickUp(UUID deliveryId) {
        Delivery delivery = lock(deliveryId);
        events.deliveryPickedUp(delivery.pickUp(clock.instant()));
        deliveries.update(delivery);
        return delivery;
    }

    @Override
    @Transactional
    public Delivery delay(UUID deliveryId, String reason) {
        Delivery delivery = lock(deliveryId);
        events.deliveryDelayed(delivery.delay(reason));
        deliveries.update(delivery);
        return delivery;
    }

    @Override
    @Transactional
    public Delivery complete(UUID deliveryId) {
        lockSitesOf(List.of(deliveryId));
        return completeLocked(lock(deliveryId));
    }

    @Override
    @Transactional
    public List<Delivery> completeAll(List<UUID> deliveryIds) {
        if (deliveryIds == null || deliveryIds.isEmpty()) {
            throw new InvalidValueException("deliveryIds", "deliveryIds must name at least one delivery");
        }
        lockSitesOf(deliveryIds);
        // locked in id order, so two bulk requests sharing deliveries never wait on each other in a circle
        List<Delivery> locked = new ArrayList<>();
        new LinkedHashSet<>(deliveryIds).stream().sorted().forEach(id -> locked.add(lock(id)));
        locked.stream().filter(delivery -> !delivery.canComplete()).findFirst().ifPresent(delivery -> {
            throw new IllegalTransitionException("delivery " + delivery.id() + " is " + delivery.status()
                    + " and cannot complete; none of the deliveries were completed");
        });
        List<Delivery> completed = new ArrayList<>();
        for (UUID id : new LinkedHashSet<>(deliveryIds)) {
            Delivery delivery = locked.stream().filter(each -> each.id().equals(id)).findFirst().orElseThrow();
            completed.add(completeLocked(delivery));
        }
        return completed;
    }

    @Override
    @Transactional
    public MissingReported reportMissing(ReportMissingCommand command) {
        lockSitesOf(List.of(command.deliveryId()));
        Delivery delivery = lock(command.deliveryId());
        events.missingItemsReported(delivery.reportMissing(command.fault(), command.resolution(), command.items()));
        deliveries.update(delivery);
        if (command.resolution() != Resolution.REDELIVERY) {
            return new MissingReported(delivery, null);
        }
        Delivery redelivery = delivery.redelivery();
        deliveries.insert(redelivery);
        events.deliveryPlanned(redelivery.planned());
        dispatcher.dispatch(redelivery);
        return new MissingReported(delivery, redelivery);
    }

    private Delivery completeLocked(Delivery delivery) {
        events.deliveryCompleted(delivery.complete(deliveries.nextBoxNumber(delivery.slot()), clock.instant()));
        deliveries.update(delivery);
        dispatcher.deliveryLeftTheRider(delivery.slot());
        return delivery;
    }

    /** Completing and redelivering may dispatch: the deliveries' sites are locked before the deliveries. */
    private void lockSitesOf(List<UUID> deliveryIds) {
        siteLock.lock(deliveryIds.stream().distinct().map(deliveries::findById).flatMap(java.util.Optional::stream)
                .map(Delivery::siteId).toList());
    }

    private Delivery lock(UUID deliveryId) {
        return deliveries.lockById(deliveryId)
                .orElseThrow(() -> new UnknownIdException("deliveryId", "delivery", deliveryId));
    }
}
