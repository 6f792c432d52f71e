package delivery.notification.application.port.in;

import delivery.notification.domain.Notification;
import delivery.notification.domain.Preferences;

import java.util.List;
import java.util.UUID;

public interface NotificationQueries {

    /** Newest first. */
    List<Notification> forRecipient(UUID recipientId, int limit);

    Preferences preferences(UUID recipientId);

    /** The recipient's push stream after position {@code afterSeq}, oldest first. */
    List<Notification> pushedAfter(UUID recipientId, long afterSeq, int limit);

    /** The position of the recipient's latest push notification, 0 when there is none. */
    long lastPushed(UUID recipientId);
}
