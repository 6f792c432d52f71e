package delivery.notification.application.port.out;

import delivery.notification.domain.Notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public interface NotificationRepository {

    /** @return false when a notification for the same event, recipient and channel already exists */
    boolean saveIfAbsent(Notification notification);

    List<Notification> findByRecipient(UUID recipientId, int limit);

    /**
     * Locks up to {@code limit} PENDING notifications due at {@code now} for the current
     * transaction, skipping those another sender holds.
     */
    List<Notification> claimDue(Instant now, int limit);

    /** Stores the outcome of a send attempt (status, attempts, last error, next attempt, sent at, stream position). */
    void update(Notification notification);

    /** The next position in the recipient's push stream; holds the recipient's stream until commit. */
    long nextStreamSeq(UUID recipientId);

    List<Notification> pushedAfter(UUID recipientId, long afterSeq, int limit);

    long lastStreamSeq(UUID recipientId);
}
