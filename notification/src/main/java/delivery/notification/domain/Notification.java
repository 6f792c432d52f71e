package delivery.notification.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to one recipient on one channel, caused by one event. The triple
 * (source event, recipient, channel) identifies it: an event delivered twice gives no second one.
 * It is stored PENDING and due at once; each failed send counts an attempt and makes it due
 * again later (see {@link RetryPolicy}) until it is SENT or FAILED. A push notification gets its
 * place in the recipient's stream ({@code streamSeq}, 1, 2, 3 … per recipient) when it is sent.
 */
public record Notification(UUID id, UUID sourceEventId, UUID recipientId, Channel channel, String type,
                           String subject, String body, String address, NotificationStatus status,
                           Instant createdAt, int attempts, String lastError, Instant nextAttemptAt,
                           Instant sentAt, Long streamSeq) {

    public static Notification compose(UUID sourceEventId, Recipient recipient, Channel channel, String type,
                                       Message message, String address, Instant now) {
        if (channel == Channel.EMAIL && address == null) {
            throw new InvalidValueException("emailAddress", "an email needs an address");
        }
        return new Notification(UUID.randomUUID(), sourceEventId, recipient.id(), channel, type, message.subject(),
                message.body(), address, NotificationStatus.PENDING, now, 0, null, now, null, null);
    }

    public Notification sent(Instant now, Long streamSeq) {
        requirePending();
        return new Notification(id, sourceEventId, recipientId, channel, type, subject, body, address,
                NotificationStatus.SENT, createdAt, attempts + 1, lastError, null, now, streamSeq);
    }

    public Notification sendFailed(String error, Instant now, RetryPolicy policy) {
        requirePending();
        int failed = attempts + 1;
        boolean givingUp = policy.exhausted(failed);
        return new Notification(id, sourceEventId, recipientId, channel, type, subject, body, address,
                givingUp ? NotificationStatus.FAILED : NotificationStatus.PENDING, createdAt, failed, error,
                givingUp ? null : now.plus(policy.delayAfter(failed)), null, null);
    }

    public Message message() {
        return new Message(subject, body);
    }

    private void requirePending() {
        if (status != NotificationStatus.PENDING) {
            throw new IllegalStateException("notification " + id + " is " + status + ", not PENDING");
        }
    }
}
