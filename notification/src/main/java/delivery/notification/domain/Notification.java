package delivery.notification.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to one recipient on one channel, caused by one event. The triple
 * (source event, recipient, channel) identifies it: an event delivered twice gives no second one.
 */
public record Notification(UUID id, UUID sourceEventId, UUID recipientId, Channel channel, String type,
                           String subject, String body, NotificationStatus status, Instant createdAt) {

    public static Notification compose(UUID sourceEventId, Recipient recipient, Channel channel, String type,
                                       Message message, Instant now) {
        return new Notification(UUID.randomUUID(), sourceEventId, recipient.id(), channel, type, message.subject(),
                message.body(), NotificationStatus.PENDING, now);
    }
}
