package delivery.notification.adapters.in.web;

import delivery.notification.application.event.PushAppended;
import delivery.notification.application.port.in.NotificationQueries;
import delivery.notification.domain.Notification;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.sse.Event;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live side of push: each SSE connection reads its recipient's stream from the database
 * after the position it has seen, whenever a sender of this instance appended to that stream
 * (after its commit), on a slow poll (for what other instances sent) and once at the start
 * (what a client coming back with Last-Event-ID missed). The database is the stream: nothing is
 * lost while nobody listens, and every instance can serve every recipient.
 */
@Singleton
class LiveStreams {

    private static final int PAGE = 100;

    private final NotificationQueries queries;
    private final Duration heartbeat;
    private final Duration poll;
    private final Sinks.Many<UUID> appended = Sinks.many().multicast().directBestEffort();
    // Plain threads for the blocking reads: each read opens its own transaction, nothing of the
    // HTTP request's context travels along.
    private final ExecutorService readers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "push-stream-reader");
        thread.setDaemon(true);
        return thread;
    });

    LiveStreams(NotificationQueries queries,
                @Value("${notification.push.heartbeat:15s}") Duration heartbeat,
                @Value("${notification.push.poll-interval:2s}") Duration poll) {
        this.queries = queries;
        this.heartbeat = heartbeat;
        this.poll = poll;
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onAppended(PushAppended pushed) {
        pushed.recipientIds().forEach(recipient -> appended.emitNext(recipient, Sinks.EmitFailureHandler.busyLooping(
                Duration.ofMillis(100))));
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    /** @param afterSeq the last position the client has; null for a new client, who gets what comes from now on */
    Flux<Event<?>> stream(UUID recipientId, Long afterSeq) {
        AtomicLong cursor = new AtomicLong(afterSeq != null ? afterSeq : -1);
        Flux<Object> readNow = Flux.merge(
                Flux.just(Boolean.TRUE),
                appended.asFlux().filter(recipientId::equals),
                Flux.interval(poll, poll));
        Flux<Event<?>> notifications = readNow
                .onBackpressureLatest()
                .concatMap(signal -> Mono.fromFuture(
                        () -> CompletableFuture.supplyAsync(() -> readAfter(recipientId, cursor), readers)), 1)
                .concatMapIterable(list -> list)
                .map(LiveStreams::event);
        Flux<Event<?>> heartbeats = Flux.interval(heartbeat, heartbeat)
                .map(tick -> Event.of("").comment("heartbeat")); // empty data: a comment line only
        return Flux.merge(notifications, heartbeats);
    }

    /** Reads on from the cursor and moves it, so a page is never read twice. */
    private List<Notification> readAfter(UUID recipientId, AtomicLong cursor) {
        if (cursor.get() < 0) {
            cursor.set(queries.lastPushed(recipientId));
            return List.of();
        }
        List<Notification> page = queries.pushedAfter(recipientId, cursor.get(), PAGE);
        if (!page.isEmpty()) {
            cursor.set(page.get(page.size() - 1).streamSeq());
        }
        return page;
    }

    private static Event<?> event(Notification n) {
        return Event.of(NotificationController.NotificationView.of(n)).id(String.valueOf(n.streamSeq())).name("notification");
    }
}
