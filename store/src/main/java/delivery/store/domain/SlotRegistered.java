package delivery.store.domain;

import java.time.LocalTime;
import java.util.UUID;

public record SlotRegistered(UUID slotId, UUID siteId, LocalTime orderDeadline, LocalTime pickupTime,
                             LocalTime arrivalTime) {
}
