package delivery.messaging.inbox;

import delivery.messaging.EventEnvelope;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import static io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY;

/**
 * Remembers which events a consumer has handled. The row is written in the consumer's own
 * transaction; its primary key makes a second delivery of the same event, even a concurrent
 * one, find the first one's row and change nothing.
 */
@Singleton
public class Inbox {

    private static final String RECORD = """
            insert into inbox_event (consumer, event_id, event_type) values (?, ?, ?)
            on conflict (consumer, event_id) do nothing""";

    private final JdbcOperations jdbc;

    public Inbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true for the first delivery of this event to this consumer, false for a repeat */
    @Transactional(propagation = MANDATORY)
    public boolean recordFirstDelivery(String consumer, EventEnvelope envelope) {
        int inserted = jdbc.prepareStatement(RECORD, statement -> {
            statement.setString(1, consumer);
            statement.setObject(2, envelope.eventId());
            statement.setString(3, envelope.type());
            return statement.executeUpdate();
        });
        return inserted == 1;
    }
}
