package delivery.notification.adapters.out.persistence;

import delivery.notification.application.port.out.NotificationRepository;
import delivery.notification.domain.Channel;
import delivery.notification.domain.Notification;
import delivery.notification.domain.NotificationStatus;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Singleton
class NotificationPersistenceAdapter implements NotificationRepository {

    private static final String COLUMNS = """
            id, source_event_id, recipient_id, channel, type, subject, body, address, status, created_at,
            attempts, last_error, next_attempt_at, sent_at, stream_seq""";
    private static final String INSERT = "insert into notification (" + COLUMNS + """
            ) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (source_event_id, recipient_id, channel) do nothing""";
    private static final String BY_RECIPIENT = "select " + COLUMNS
            + " from notification where recipient_id = ? order by created_at desc, id limit ?";
    private static final String CLAIM_DUE = "select " + COLUMNS
            + " from notification where status = 'PENDING' and next_attempt_at <= ?"
            + " order by next_attempt_at, created_at limit ? for update skip locked";
    private static final String UPDATE = """
            update notification set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, sent_at = ?,
            stream_seq = ? where id = ?""";
    private static final String NEXT_SEQ = """
            insert into recipient_stream (recipient_id, last_seq) values (?, 1)
            on conflict (recipient_id) do update set last_seq = recipient_stream.last_seq + 1
            returning last_seq""";
    private static final String PUSHED_AFTER = "select " + COLUMNS
            + " from notification where recipient_id = ? and channel = 'PUSH' and stream_seq > ?"
            + " order by stream_seq limit ?";
    private static final String LAST_SEQ = "select coalesce(max(stream_seq), 0) from notification where recipient_id = ?";

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
            statement.setString(8, n.address());
            statement.setString(9, n.status().name());
            statement.setTimestamp(10, Timestamp.from(n.createdAt()));
            statement.setInt(11, n.attempts());
            statement.setString(12, n.lastError());
            statement.setTimestamp(13, timestamp(n.nextAttemptAt()));
            statement.setTimestamp(14, timestamp(n.sentAt()));
            setLong(statement, 15, n.streamSeq());
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    public List<Notification> findByRecipient(UUID recipientId, int limit) {
        return jdbc.prepareStatement(BY_RECIPIENT, statement -> {
            statement.setObject(1, recipientId);
            statement.setInt(2, limit);
            return list(statement);
        });
    }

    @Override
    public List<Notification> claimDue(Instant now, int limit) {
        return jdbc.prepareStatement(CLAIM_DUE, statement -> {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setInt(2, limit);
            return list(statement);
        });
    }

    @Override
    public void update(Notification n) {
        jdbc.prepareStatement(UPDATE, statement -> {
            statement.setString(1, n.status().name());
            statement.setInt(2, n.attempts());
            statement.setString(3, n.lastError());
            statement.setTimestamp(4, timestamp(n.nextAttemptAt()));
            statement.setTimestamp(5, timestamp(n.sentAt()));
            setLong(statement, 6, n.streamSeq());
            statement.setObject(7, n.id());
            return statement.executeUpdate();
        });
    }

    @Override
    public long nextStreamSeq(UUID recipientId) {
        return jdbc.prepareStatement(NEXT_SEQ, statement -> {
            statement.setObject(1, recipientId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    @Override
    public List<Notification> pushedAfter(UUID recipientId, long afterSeq, int limit) {
        return jdbc.prepareStatement(PUSHED_AFTER, statement -> {
            statement.setObject(1, recipientId);
            statement.setLong(2, afterSeq);
            statement.setInt(3, limit);
            return list(statement);
        });
    }

    @Override
    public long lastStreamSeq(UUID recipientId) {
        return jdbc.prepareStatement(LAST_SEQ, statement -> {
            statement.setObject(1, recipientId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private static List<Notification> list(PreparedStatement statement) throws SQLException {
        List<Notification> found = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                found.add(notification(row));
            }
        }
        return found;
    }

    private static Notification notification(ResultSet row) throws SQLException {
        long seq = row.getLong(15);
        return new Notification(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class),
                Channel.valueOf(row.getString(4)), row.getString(5), row.getString(6), row.getString(7),
                row.getString(8), NotificationStatus.valueOf(row.getString(9)), instant(row.getTimestamp(10)),
                row.getInt(11), row.getString(12), instant(row.getTimestamp(13)), instant(row.getTimestamp(14)),
                row.wasNull() ? null : seq);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
