package delivery.notification.adapters.in.scheduling;

import delivery.notification.application.event.NotificationsStored;
import delivery.notification.application.port.in.DeliverNotificationsUseCase;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the sending: right after a transaction that stored notifications commits, and on a
 * fixed poll for retries that fall due and for work another instance left behind. One thread,
 * so the runs of one instance never overlap; instances share the work through SKIP LOCKED.
 */
@Context
@Requires(property = "notification.sending.enabled", notEquals = "false")
class NotificationSender {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

    private final DeliverNotificationsUseCase deliver;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notification-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();

    NotificationSender(DeliverNotificationsUseCase deliver,
                       @Value("${notification.sending.poll-interval:1s}") Duration pollInterval) {
        this.deliver = deliver;
        long period = pollInterval.toMillis();
        worker.scheduleWithFixedDelay(this::sendSafely, period, period, TimeUnit.MILLISECONDS);
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onStored(NotificationsStored stored) {
        if (wakeUpQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                wakeUpQueued.set(false);
                sendSafely();
            });
        }
    }

    private void sendSafely() {
        try {
            int claimed;
            do {
                claimed = deliver.deliverDue();
            } while (claimed > 0 && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            LOG.warn("notification sending paused, will retry: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
