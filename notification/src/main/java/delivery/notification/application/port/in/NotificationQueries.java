package delivery.notification.application.port.in;

import delivery.notification.domain.Notification;
import delivery.notification.domain.Preferences;

import java.util.List;
import java.util.UUID;

public interface NotificationQueries {

    /** Newest first. */
    List<Notification> forRecipient(UUID recipientId, int limit);

    Preferences preferences(UUID recipientId);
}
