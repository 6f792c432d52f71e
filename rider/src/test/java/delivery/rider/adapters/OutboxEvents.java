package delivery.rider.adapters;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The test's view of the outbox_event table: what the service wrote for one aggregate, in order. */
@Singleton
class OutboxEvents {

    record Row(String exchange, String type, Map<String, Object> envelope, boolean published) {
        @SuppressWarnings("unchecked")
        Map<String, Object> payload() {
            return (Map<String, Object>) envelope.get("payload");
        }
    }

    private static final String SELECT = """
            select exchange, routing_key, body::text, published_at is not null
            from outbox_event where body ->> 'aggregateId' = ? order by id""";

    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;

    OutboxEvents(TransactionOperations<Connection> transactions, JsonMapper json) {
        this.transactions = transactions;
        this.json = json;
    }

    List<Row> of(Object aggregateId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(SELECT)) {
                statement.setString(1, aggregateId.toString());
                List<Row> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Row(result.getString(1), result.getString(2), map(result.getString(3)),
                                result.getBoolean(4)));
                    }
                }
                return rows;
            }
        });
    }

    List<Row> of(Object aggregateId, String type) {
        return of(aggregateId).stream().filter(row -> row.type().equals(type)).toList();
    }

    /** The body of the last event of the type written for the aggregate, exactly as the relay publishes it. */
    String bodyOf(Object aggregateId, String type) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("""
                    select body::text from outbox_event where body ->> 'aggregateId' = ? and routing_key = ?
                    order by id desc limit 1""")) {
                statement.setString(1, aggregateId.toString());
                statement.setString(2, type);
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        throw new IllegalStateException("no " + type + " in the outbox for " + aggregateId);
                    }
                    return result.getString(1);
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String body) {
        try {
            return json.readValue(body, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
