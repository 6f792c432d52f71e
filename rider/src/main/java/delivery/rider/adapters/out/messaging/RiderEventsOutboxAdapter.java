package delivery.rider.adapters.out.messaging;

import delivery.messaging.outbox.Outbox;
import delivery.rider.application.port.out.RiderEventPublisher;
import delivery.rider.domain.RiderAvailabilityChanged;
import delivery.rider.domain.RiderRegistered;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

/** Writes the rider service's events to the outbox of the current transaction, on exchange {@code rider.events}. */
@Singleton
@SerdeImport(RiderRegistered.class)
@SerdeImport(RiderAvailabilityChanged.class)
class RiderEventsOutboxAdapter implements RiderEventPublisher {

    static final String EXCHANGE = "rider.events";

    private final Outbox outbox;

    RiderEventsOutboxAdapter(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void riderRegistered(RiderRegistered event) {
        outbox.append(EXCHANGE, "rider.registered", 1, event.riderId().toString(), event);
    }

    @Override
    public void riderAvailabilityChanged(RiderAvailabilityChanged event) {
        outbox.append(EXCHANGE, "rider.availability-changed", 1, event.riderId().toString(), event);
    }
}
