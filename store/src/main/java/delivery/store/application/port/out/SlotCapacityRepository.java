package delivery.store.application.port.out;

import java.time.LocalDate;
import java.util.UUID;

/** The units of a store's production capacity taken in each slot on each day. */
public interface SlotCapacityRepository {

    /**
     * Takes one unit of the store's capacity in the slot on that day, atomically, so concurrent
     * callers can never take more than {@code capacity}.
     *
     * @return false when the slot is full that day
     */
    boolean reserveOne(UUID storeId, UUID slotId, LocalDate serviceDate, int capacity);
}
