package delivery.messaging.outbox;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outbox's backlog in /health (and so in the output of Consul's check): how many events the
 * relay has still to publish, how old the oldest is and why its last attempt failed. Informational,
 * always UP: events waiting are the outbox doing its job; RabbitMQ's own indicator says when the
 * broker is down.
 */
@Singleton
public class OutboxBacklogIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final TransactionOperations<Connection> transactions;

    public OutboxBacklogIndicator(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> backlog = transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("""
                    select count(*),
                           coalesce(extract(epoch from now() - min(created_at))::bigint, 0),
                           (select last_error from outbox_event where published_at is null order by id limit 1)
                    from outbox_event where published_at is null""");
                 ResultSet result = statement.executeQuery()) {
                result.next();
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("pending", result.getLong(1));
                details.put("oldestPendingSeconds", result.getLong(2));
                if (result.getString(3) != null) {
                    details.put("lastError", result.getString(3));
                }
                return details;
            }
        });
        healthStatus = HealthStatus.UP;
        return backlog;
    }

    @Override
    protected String getName() {
        return "outbox";
    }
}
