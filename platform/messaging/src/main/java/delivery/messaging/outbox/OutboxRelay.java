package delivery.messaging.outbox;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes committed outbox rows to RabbitMQ with publisher confirms and marks them sent.
 * Runs right after each committing transaction and on a fixed poll, so rows written while the
 * broker was down go out once it is back. Rows are claimed with SKIP LOCKED, so several
 * instances of a service can relay side by side. Delivery is at least once: a row whose
 * confirm was lost is published again and the consumers' inbox drops the duplicate.
 */
@Context
public class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String CLAIM = """
            select id, event_id, exchange, routing_key, body::text, correlation_id, traceparent
            from outbox_event where published_at is null
            order by id limit ? for update skip locked""";
    private static final String MARK_SENT = "update outbox_event set published_at = now() where id = any(?)";
    private static final String RECORD_FAILURE =
            "update outbox_event set attempts = attempts + 1, last_error = ? where id = any(?)";

    private final TransactionOperations<Connection> transactions;
    private final ConfirmedPublisher publisher;
    private final int batchSize;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();

    public OutboxRelay(TransactionOperations<Connection> transactions,
                       ConfirmedPublisher publisher,
                       @Value("${messaging.outbox.batch-size:100}") int batchSize,
                       @Value("${messaging.outbox.poll-interval:1s}") Duration pollInterval) {
        this.transactions = transactions;
        this.publisher = publisher;
        this.batchSize = batchSize;
        long period = pollInterval.toMillis();
        worker.scheduleWithFixedDelay(this::relaySafely, period, period, TimeUnit.MILLISECONDS);
    }

    @TransactionalEventListener(TransactionalEventListener.TransactionPhase.AFTER_COMMIT)
    void onAppended(OutboxAppended appended) {
        if (wakeUpQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                wakeUpQueued.set(false);
                relaySafely();
            });
        }
    }

    /** Publishes everything pending now; returns how many events were confirmed. */
    public int relayPending() {
        int total = 0;
        int sent;
        do {
            sent = relayBatch();
            total += sent;
        } while (sent == batchSize);
        return total;
    }

    private void relaySafely() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            LOG.warn("outbox relay paused, will retry: {}", e.getMessage());
        }
    }

    private int relayBatch() {
        List<PendingEvent> batch = new ArrayList<>();
        try {
            return transactions.executeWrite(status -> {
                Connection connection = status.getConnection();
                batch.addAll(claim(connection));
                if (batch.isEmpty()) {
                    return 0;
                }
                publisher.publish(batch);
                update(connection, MARK_SENT, null, batch);
                return batch.size();
            });
        } catch (RuntimeException e) {
            if (!batch.isEmpty()) {
                recordFailure(batch, e);
            }
            throw e;
        }
    }

    private List<PendingEvent> claim(Connection connection) throws SQLException {
        List<PendingEvent> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setInt(1, batchSize);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new PendingEvent(result.getLong(1), result.getObject(2, UUID.class),
                            result.getString(3), result.getString(4),
                            result.getString(5).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            result.getString(6), result.getString(7)));
                }
            }
        }
        return rows;
    }

    private void recordFailure(List<PendingEvent> batch, RuntimeException cause) {
        String reason = String.valueOf(cause.getMessage());
        try {
            transactions.executeWrite(status -> {
                update(status.getConnection(), RECORD_FAILURE, reason.substring(0, Math.min(reason.length(), 500)), batch);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.debug("could not record outbox failure", e);
        }
    }

    private static void update(Connection connection, String sql, @Nullable String reason, List<PendingEvent> batch)
            throws SQLException {
        Long[] ids = batch.stream().map(PendingEvent::id).toArray(Long[]::new);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("bigint", ids);
            int index = 1;
            if (reason != null) {
                statement.setString(index++, reason);
            }
            statement.setArray(index, array);
            statement.executeUpdate();
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
