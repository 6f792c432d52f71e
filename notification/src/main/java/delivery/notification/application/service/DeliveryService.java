package delivery.notification.application.service;

import delivery.notification.application.event.PushAppended;
import delivery.notification.application.port.in.DeliverNotificationsUseCase;
import delivery.notification.application.port.out.EmailSender;
import delivery.notification.application.port.out.NotificationRepository;
import delivery.notification.domain.Notification;
import delivery.notification.domain.NotificationStatus;
import delivery.notification.domain.RetryPolicy;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Sends what is due: claims PENDING notifications (several instances side by side skip each
 * other's rows), sends each on its channel and records the outcome in the same transaction.
 * An email goes over SMTP; a push notification is sent once it has its place in the
 * recipient's stream, from where live clients and clients coming back with Last-Event-ID read it.
 */
@Singleton
public class DeliveryService implements DeliverNotificationsUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryService.class);

    private final NotificationRepository notifications;
    private final EmailSender email;
    private final ApplicationEventPublisher<PushAppended> pushed;
    private final Clock clock;
    private final RetryPolicy retries;
    private final int batchSize;

    public DeliveryService(NotificationRepository notifications, EmailSender email,
                           ApplicationEventPublisher<PushAppended> pushed, Clock clock,
                           @Value("${notification.sending.first-retry-delay:5s}") Duration firstRetryDelay,
                           @Value("${notification.sending.max-retry-delay:10m}") Duration maxRetryDelay,
                           @Value("${notification.sending.max-attempts:10}") int maxAttempts,
                           @Value("${notification.sending.batch-size:20}") int batchSize) {
        this.notifications = notifications;
        this.email = email;
        this.pushed = pushed;
        this.clock = clock;
        this.retries = new RetryPolicy(firstRetryDelay, maxRetryDelay, maxAttempts);
        this.batchSize = batchSize;
    }

    @Override
    @Transactional
    public int deliverDue() {
        Set<UUID> pushedTo = new HashSet<>();
        var due = notifications.claimDue(clock.instant(), batchSize);
        for (Notification notification : due) {
            Notification outcome = send(notification);
            notifications.update(outcome);
            if (outcome.streamSeq() != null) {
                pushedTo.add(outcome.recipientId());
            }
        }
        if (!pushedTo.isEmpty()) {
            pushed.publishEvent(new PushAppended(pushedTo));
        }
        return due.size();
    }

    private Notification send(Notification notification) {
        Instant now = clock.instant();
        return switch (notification.channel()) {
            case PUSH -> notification.sent(now, notifications.nextStreamSeq(notification.recipientId()));
            case EMAIL -> {
                try {
                    email.send(notification.address(), notification.message());
                    yield notification.sent(now, null);
                } catch (RuntimeException e) {
                    Notification failed = notification.sendFailed(describe(e), now, retries);
                    if (failed.status() == NotificationStatus.FAILED) {
                        LOG.error("email {} to {} failed {} times, giving up: {}", notification.id(),
                                notification.address(), failed.attempts(), failed.lastError());
                    } else {
                        LOG.warn("email {} to {} failed (attempt {}), next try at {}: {}", notification.id(),
                                notification.address(), failed.attempts(), failed.nextAttemptAt(), failed.lastError());
                    }
                    yield failed;
                }
            }
        };
    }

    private static String describe(RuntimeException e) {
        Throwable cause = e;
        StringBuilder text = new StringBuilder();
        while (cause != null && text.length() < 500) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return text.length() > 500 ? text.substring(0, 500) : text.toString();
    }
}
