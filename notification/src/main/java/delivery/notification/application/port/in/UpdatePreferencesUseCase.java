package delivery.notification.application.port.in;

import delivery.notification.domain.Preferences;

public interface UpdatePreferencesUseCase {
    Preferences update(Preferences preferences);
}
