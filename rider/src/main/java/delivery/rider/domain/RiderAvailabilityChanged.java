package delivery.rider.domain;

import java.util.UUID;

public record RiderAvailabilityChanged(UUID riderId, boolean available) {
}
