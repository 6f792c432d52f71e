package delivery.rider.application.port.out;

import delivery.rider.domain.RiderAvailabilityChanged;
import delivery.rider.domain.RiderRegistered;

/** Announces the rider context's state changes; the caller's transaction decides whether they happened. */
public interface RiderEventPublisher {

    void riderRegistered(RiderRegistered event);

    void riderAvailabilityChanged(RiderAvailabilityChanged event);
}
