package delivery.store.application.port.in;

import delivery.store.domain.Commission;
import delivery.store.domain.Store;

import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

public interface RegisterStoreUseCase {

    record RegisterStoreCommand(String name, UUID ownerId, LocalTime openTime, LocalTime closeTime, Set<UUID> siteIds,
                                int capacityPerSlot, Commission commission) {
    }

    Store registerStore(RegisterStoreCommand command);
}
