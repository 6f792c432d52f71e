package delivery.store.adapters;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The tests' view of the outbox table: the events written for one aggregate, oldest first. */
@Singleton
public class OutboxRows {

    public record Row(String exchange, String routingKey, String type, String aggregateId, String payload) {
    }

    private final TransactionOperations<Connection> transactions;

    public OutboxRows(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public List<Row> of(Object aggregateId) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("""
                    select exchange, routing_key, body->>'type', body->>'aggregateId', (body->'payload')::text
                    from outbox_event where body->>'aggregateId' = ? order by id""")) {
                statement.setString(1, aggregateId.toString());
                List<Row> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(new Row(result.getString(1), result.getString(2), result.getString(3),
                                result.getString(4), result.getString(5)));
                    }
                }
                return rows;
            }
        });
    }

    public List<String> typesOf(Object aggregateId) {
        return of(aggregateId).stream().map(Row::type).toList();
    }

    /** How many rows each of the store's tables holds, and the capacity taken, to show that a refused request wrote nothing. */
    public List<Long> tableSizes() {
        return transactions.executeRead(status -> {
            List<Long> sizes = new ArrayList<>();
            for (String table : List.of("outbox_event", "store", "product", "product_option", "ticket", "slot_capacity",
                    "delivery_site", "order_time_slot")) {
                try (PreparedStatement statement = status.getConnection().prepareStatement("select count(*) from " + table);
                     ResultSet result = statement.executeQuery()) {
                    result.next();
                    sizes.add(result.getLong(1));
                }
            }
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "select coalesce(sum(reserved), 0) from slot_capacity");
                 ResultSet result = statement.executeQuery()) {
                result.next();
                sizes.add(result.getLong(1));
            }
            return sizes;
        });
    }
}
