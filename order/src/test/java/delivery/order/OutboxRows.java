package delivery.order;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The tests' view of the outbox table: the events written for one order, oldest first. */
@Singleton
public class OutboxRows {

    public record Row(String exchange, String routingKey, String type, String aggregateId, String payload) {
    }

    private final TransactionOperations<Connection> transactions;

    public OutboxRows(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public List<Row> of(UUID orderId) {
        return rows("body->>'aggregateId' = ?", orderId);
    }

    /** The events written about any order of the customer. */
    public List<Row> ofCustomer(UUID customerId) {
        return rows("body->'payload'->>'customerId' = ?", customerId);
    }

    private List<Row> rows(String condition, UUID id) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("""
                    select exchange, routing_key, body->>'type', body->>'aggregateId', (body->'payload')::text
                    from outbox_event
                    """ + "where " + condition + " order by id")) {
                statement.setString(1, id.toString());
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
}
