package delivery.rider.application.service;

import delivery.rider.application.port.in.ChangeAvailabilityUseCase;
import delivery.rider.application.port.in.GetRiderQuery;
import delivery.rider.application.port.in.RegisterRiderUseCase;
import delivery.rider.application.port.in.UnknownIdException;
import delivery.rider.application.port.out.RiderEventPublisher;
import delivery.rider.application.port.out.RiderRepository;
import delivery.rider.application.port.out.SiteDispatchLock;
import delivery.rider.domain.Rider;
import delivery.rider.domain.RiderAvailabilityChanged;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

@Singleton
public class RiderService implements RegisterRiderUseCase, ChangeAvailabilityUseCase, GetRiderQuery {

    private final RiderRepository riders;
    private final SiteDispatchLock siteLock;
    private final RiderEventPublisher events;
    private final Dispatcher dispatcher;

    public RiderService(RiderRepository riders, SiteDispatchLock siteLock, RiderEventPublisher events, Dispatcher dispatcher) {
        this.riders = riders;
        this.siteLock = siteLock;
        this.events = events;
        this.dispatcher = dispatcher;
    }

    @Override
    @Transactional
    public UUID registerRider(RegisterRiderCommand command) {
        Rider rider = Rider.register(command.name(), command.siteIds());
        siteLock.lock(rider.siteIds());
        riders.insert(rider);
        events.riderRegistered(rider.registered());
        dispatcher.riderBecameAvailable(rider);
        return rider.id();
    }

    @Override
    @Transactional
    public Rider changeAvailability(ChangeAvailabilityCommand command) {
        // the sites first, the rider's row after: the order every dispatching transaction keeps
        siteLock.lock(riders.findById(command.riderId()).orElseThrow(() -> unknown(command.riderId())).siteIds());
        Rider rider = riders.lockById(command.riderId()).orElseThrow(() -> unknown(command.riderId()));
        Optional<RiderAvailabilityChanged> changed = command.available() ? rider.makeAvailable() : rider.makeUnavailable();
        changed.ifPresent(event -> {
            riders.update(rider);
            events.riderAvailabilityChanged(event);
            if (rider.available()) {
                dispatcher.riderBecameAvailable(rider);
            } else {
                dispatcher.riderBecameUnavailable(rider.id());
            }
        });
        return rider;
    }

    @Override
    @Transactional(readOnly = true)
    public Rider getRider(UUID riderId) {
        return riders.findById(riderId).orElseThrow(() -> unknown(riderId));
    }

    private static UnknownIdException unknown(UUID riderId) {
        return new UnknownIdException("riderId", "rider", riderId);
    }
}
