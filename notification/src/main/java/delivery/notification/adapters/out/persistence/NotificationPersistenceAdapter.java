package delivery.notification.adapters.out.persistence;

import delivery.notification.application.port.out.NotificationRepository;
import delivery.notification.domain.Channel;
import delivery.notification.domain.Notification;
import delivery.notification.domain.NotificationStatus;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Singleton
class NotificationPersistenceAdapter implements NotificationRepository {

    private static final String INSERT = """
            insert into notification (id, source_event_id, recipient_id, channel, type, subject, body, status, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (source_event_id, recipient_id, channel) do nothing""";
    private static final String BY_RECIPIENT = """
            select id, source_event_id, recipient_id, channel, type, subject, body, status, created_at
            from notification where recipient_id = ? order by created_at desc, id limit ?""";

    private final JdbcOperations jdbc;

    NotificationPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean saveIfAbsent(Notification n) {
        return jdbc.prepareStatement(INSERT, statement -> {
            statement.setObject(1, n.id());
            statement.setObject(2, n.sourceEventId());
            statement.setObject(3, n.recipientId());
            statement.setString(4, n.channel().name());
            statement.setString(5, n.type());
            statement.setString(6, n.subject());
            statement.setString(7, n.body());
            statement.setString(8, n.status().name());
            statement.setTimestamp(9, Timestamp.from(n.createdAt()));
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    public List<Notification> findByRecipient(UUID recipientId, int limit) {
        return jdbc.prepareStatement(BY_RECIPIENT, statement -> {
            statement.setObject(1, recipientId);
            statement.setInt(2, limit);
            List<Notification> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(notification(row));
                }
            }
            return found;
        });
    }

    private static Notification notification(ResultSet row) throws SQLException {
        return new Notification(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class),
                Channel.valueOf(row.getString(4)), row.getString(5), row.getString(6), row.getString(7),
                NotificationStatus.valueOf(row.getString(8)), row.getTimestamp(9).toInstant());
    }
}
