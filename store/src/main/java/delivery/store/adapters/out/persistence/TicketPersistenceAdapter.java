package delivery.store.adapters.out.persistence;

import delivery.store.application.port.out.TicketRepository;
import delivery.store.domain.Ticket;
import delivery.store.domain.TicketLine;
import delivery.store.domain.TicketLineOption;
import delivery.store.domain.TicketStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tickets in {@code ticket}; the items, written once when the ticket opens, as a JSON column. */
@Singleton
class TicketPersistenceAdapter implements TicketRepository {

    private static final String COLUMNS = """
            select order_id, store_id, site_id, slot_id, items::text, note, total_amount, service_date, status,
                   reason, created_at, due_at, accepted_at
            from ticket\s""";
    private static final String INSERT = """
            insert into ticket (order_id, store_id, site_id, slot_id, items, note, total_amount, service_date, status,
                                reason, created_at, due_at, accepted_at)
            values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (order_id) do nothing""";
    private static final String UPDATE = "update ticket set status = ?, reason = ?, accepted_at = ? where order_id = ?";
    private static final Argument<List<ItemJson>> ITEMS = Argument.listOf(ItemJson.class);

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    TicketPersistenceAdapter(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean insertIfAbsent(Ticket ticket) {
        String items = writeItems(ticket.items());
        int inserted = jdbc.prepareStatement(INSERT, statement -> {
            statement.setObject(1, ticket.orderId());
            statement.setObject(2, ticket.storeId());
            statement.setObject(3, ticket.siteId());
            statement.setObject(4, ticket.slotId());
            statement.setString(5, items);
            statement.setString(6, ticket.note());
            statement.setLong(7, ticket.totalAmount());
            statement.setObject(8, ticket.serviceDate());
            statement.setString(9, ticket.status().name());
            statement.setString(10, ticket.reason());
            statement.setTimestamp(11, Timestamp.from(ticket.createdAt()));
            statement.setTimestamp(12, Timestamp.from(ticket.dueAt()));
            statement.setTimestamp(13, timestamp(ticket.acceptedAt()));
            return statement.executeUpdate();
        });
        return inserted == 1;
    }

    @Override
    public void update(Ticket ticket) {
        jdbc.prepareStatement(UPDATE, statement -> {
            statement.setString(1, ticket.status().name());
            statement.setString(2, ticket.reason());
            statement.setTimestamp(3, timestamp(ticket.acceptedAt()));
            statement.setObject(4, ticket.orderId());
            return statement.executeUpdate();
        });
    }

    @Override
    public Optional<Ticket> lockById(UUID orderId) {
        return select(COLUMNS + "where order_id = ? for update", statement -> statement.setObject(1, orderId))
                .stream().findFirst();
    }

    @Override
    public List<Ticket> findByStore(UUID storeId, Optional<TicketStatus> status) {
        if (status.isEmpty()) {
            return select(COLUMNS + "where store_id = ? order by created_at, order_id",
                    statement -> statement.setObject(1, storeId));
        }
        return select(COLUMNS + "where store_id = ? and status = ? order by created_at, order_id", statement -> {
            statement.setObject(1, storeId);
            statement.setString(2, status.get().name());
        });
    }

    @Override
    public List<Ticket> lockOverdue(Instant now, int limit) {
        return select(COLUMNS + "where status = 'WAITING' and due_at <= ? order by due_at limit ? for update skip locked",
                statement -> {
                    statement.setTimestamp(1, Timestamp.from(now));
                    statement.setInt(2, limit);
                });
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private List<Ticket> select(String sql, Parameters parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            parameters.set(statement);
            List<Ticket> tickets = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    tickets.add(Ticket.restore(result.getObject(1, UUID.class), result.getObject(2, UUID.class),
                            result.getObject(3, UUID.class), result.getObject(4, UUID.class),
                            readItems(result.getString(5)), result.getString(6), result.getLong(7),
                            result.getObject(8, LocalDate.class), result.getTimestamp(11).toInstant(),
                            result.getTimestamp(12).toInstant(), TicketStatus.valueOf(result.getString(9)),
                            result.getString(10), instant(result.getTimestamp(13))));
                }
            }
            return tickets;
        });
    }

    private String writeItems(List<TicketLine> items) {
        List<ItemJson> rows = items.stream().map(line -> new ItemJson(line.productId(), line.name(), line.unitPrice(),
                line.quantity(), line.options().stream()
                .map(option -> new OptionJson(option.name(), option.unitPrice(), option.quantity())).toList())).toList();
        try {
            return json.writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write ticket items", e);
        }
    }

    private List<TicketLine> readItems(String text) {
        try {
            return json.readValue(text, ITEMS).stream().map(item -> new TicketLine(item.productId(), item.name(),
                    item.unitPrice(), item.quantity(), item.options() == null ? List.of() : item.options().stream()
                    .map(option -> new TicketLineOption(option.name(), option.unitPrice(), option.quantity()))
                    .toList())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ticket items", e);
        }
    }

    private static Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @Serdeable
    record ItemJson(UUID productId, String name, long unitPrice, int quantity, @Nullable List<OptionJson> options) {
    }

    @Serdeable
    record OptionJson(String name, long unitPrice, int quantity) {
    }
}
