package delivery.messaging.outbox;

import delivery.messaging.Correlation;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY;

/**
 * Writes events to the outbox table in the caller's transaction, so an event exists
 * exactly when the state change that caused it was committed. {@link OutboxRelay} publishes them.
 */
@Singleton
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event (event_id, exchange, routing_key, body, correlation_id, traceparent, created_at)
            values (?, ?, ?, ?::jsonb, ?, ?, ?)""";

    private final JdbcOperations jdbc;
    private final EventCodec codec;
    private final Clock clock;
    private final ApplicationEventPublisher<OutboxAppended> appended;

    public Outbox(JdbcOperations jdbc, EventCodec codec, Clock clock,
                  ApplicationEventPublisher<OutboxAppended> appended) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.clock = clock;
        this.appended = appended;
    }

    /**
     * @param exchange    the publishing service's exchange, e.g. {@code order.events}
     * @param type        the event type, also the routing key, e.g. {@code order.placed}
     * @param aggregateId the id of the aggregate that changed
     * @param payload     a record serialisable by Micronaut Serde
     */
    @Transactional(propagation = MANDATORY)
    public EventEnvelope append(String exchange, String type, int version, String aggregateId, Object payload) {
        Instant now = clock.instant();
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, version, now, aggregateId,
                correlationId(), codec.toTree(payload));
        String body = new String(codec.encode(envelope), java.nio.charset.StandardCharsets.UTF_8);
        jdbc.prepareStatement(INSERT, statement -> insert(statement, envelope, exchange, body));
        appended.publishEvent(new OutboxAppended(envelope.eventId()));
        return envelope;
    }

    private Object insert(PreparedStatement statement, EventEnvelope envelope, String exchange, String body)
            throws SQLException {
        statement.setObject(1, envelope.eventId());
        statement.setString(2, exchange);
        statement.setString(3, envelope.type());
        statement.setString(4, body);
        statement.setString(5, envelope.correlationId());
        statement.setString(6, traceparent().orElse(null));
        statement.setObject(7, java.sql.Timestamp.from(envelope.occurredAt()));
        return statement.executeUpdate();
    }

    private static String correlationId() {
        return Correlation.current()
                .or(() -> requestHeader(Correlation.HTTP_HEADER))
                .orElseGet(() -> UUID.randomUUID().toString());
    }

    private static Optional<String> traceparent() {
        return Correlation.traceparent().or(() -> requestHeader(Correlation.TRACEPARENT));
    }

    private static Optional<String> requestHeader(String name) {
        return ServerRequestContext.currentRequest()
                .map(HttpRequest::getHeaders)
                .flatMap(headers -> Optional.ofNullable(headers.get(name)))
                .filter(value -> !value.isBlank());
    }
}
