package delivery.rider.application.port.in;

import java.util.Set;
import java.util.UUID;

public interface RegisterRiderUseCase {

    record RegisterRiderCommand(String name, Set<UUID> siteIds) {
    }

    UUID registerRider(RegisterRiderCommand command);
}
