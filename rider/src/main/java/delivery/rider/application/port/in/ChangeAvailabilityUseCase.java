package delivery.rider.application.port.in;

import delivery.rider.domain.Rider;

import java.util.UUID;

public interface ChangeAvailabilityUseCase {

    record ChangeAvailabilityCommand(UUID riderId, boolean available) {
    }

    /** Idempotent: asking for the availability the rider has already changes and announces nothing. */
    Rider changeAvailability(ChangeAvailabilityCommand command);
}
