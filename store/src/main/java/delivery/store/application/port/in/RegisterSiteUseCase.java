package delivery.store.application.port.in;

import java.util.UUID;

public interface RegisterSiteUseCase {

    record RegisterSiteCommand(String name, String address) {
    }

    UUID registerSite(RegisterSiteCommand command);
}
