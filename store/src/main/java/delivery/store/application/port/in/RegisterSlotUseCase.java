package delivery.store.application.port.in;

import java.time.LocalTime;
import java.util.UUID;

public interface RegisterSlotUseCase {

    record RegisterSlotCommand(UUID siteId, LocalTime orderDeadline, LocalTime pickupTime, LocalTime arrivalTime) {
    }

    UUID registerSlot(RegisterSlotCommand command);
}
