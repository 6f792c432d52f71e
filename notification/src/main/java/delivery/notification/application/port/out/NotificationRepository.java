package delivery.notification.application.port.out;

import delivery.notification.domain.Notification;

import java.util.List;
import java.util.UUID;

public interface NotificationRepository {

    /** @return false when a notification for the same event, recipient and channel already exists */
    boolean saveIfAbsent(Notification notification);

    List<Notification> findByRecipient(UUID recipientId, int limit);
}
