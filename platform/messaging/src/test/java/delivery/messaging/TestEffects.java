package delivery.messaging;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/** The test consumer's state: one row per handled event. */
@Singleton
public class TestEffects {

    private final JdbcOperations jdbc;

    public TestEffects(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void record(UUID eventId, String note) {
        jdbc.prepareStatement("insert into test_effect (event_id, note) values (?, ?)", statement -> {
            statement.setObject(1, eventId);
            statement.setString(2, note);
            return statement.executeUpdate();
        });
    }

    @Transactional
    public int count(UUID eventId) {
        return jdbc.prepareStatement("select count(*) from test_effect where event_id = ?", statement -> {
            statement.setObject(1, eventId);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        });
    }

    @Transactional
    public int inboxRows(UUID eventId) {
        return jdbc.prepareStatement("select count(*) from inbox_event where event_id = ?", statement -> {
            statement.setObject(1, eventId);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        });
    }

    @Transactional
    public boolean published(UUID eventId) {
        return jdbc.prepareStatement("select published_at is not null from outbox_event where event_id = ?", statement -> {
            statement.setObject(1, eventId);
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        });
    }

    @Transactional
    public boolean inOutbox(UUID eventId) {
        return jdbc.prepareStatement("select 1 from outbox_event where event_id = ?", statement -> {
            statement.setObject(1, eventId);
            try (var result = statement.executeQuery()) {
                return result.next();
            }
        });
    }
}
