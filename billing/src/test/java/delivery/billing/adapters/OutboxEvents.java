package delivery.billing.adapters;

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

/** The test's view of the outbox_event table: what the service wrote, in order. */
@Singleton
class OutboxEvents {

    record Row(String exchange, String type, Map<String, Object> envelope, boolean published) {
        @SuppressWarnings("unchecked")
        Map<String, Object> payload() {
            return (Map<String, Object>) envelope.get("payload");
        }
    }

    private static final String COLUMNS = "select exchange, routing_key, body::text, published_at is not null from outbox_event ";

    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;

    OutboxEvents(TransactionOperations<Connection> transactions, JsonMapper json) {
        this.transactions = transactions;
        this.json = json;
    }

    /** The events of one aggregate. */
    List<Row> of(Object aggregateId) {
        return select("where body ->> 'aggregateId' = ? order by id", aggregateId.toString());
    }

    /** The events of a type whose payload has the value in the field. */
    List<Row> withPayload(String type, String field, String value) {
        return select("where routing_key = ? and body -> 'payload' ->> ? = ? order by id", type, field, value);
    }

    private List<Row> select(String condition, String... parameters) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(COLUMNS + condition)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setString(i + 1, parameters[i]);
                }
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

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String body) {
        try {
            return json.readValue(body, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
