package delivery.notification.application.port.out;

import delivery.notification.domain.Preferences;

import java.util.Optional;
import java.util.UUID;

public interface PreferencesRepository {

    Optional<Preferences> find(UUID recipientId);

    void save(Preferences preferences);
}
