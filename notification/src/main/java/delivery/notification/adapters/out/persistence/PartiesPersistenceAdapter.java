package delivery.notification.adapters.out.persistence;

import delivery.notification.application.port.in.NotifyAboutEventUseCase.EventNotice;
import delivery.notification.application.port.out.PartiesRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
class PartiesPersistenceAdapter implements PartiesRepository {

    private static final String REMEMBER_STORE = """
            insert into known_store (store_id, owner_id, name) values (?, ?, ?)
            on conflict (store_id) do update set owner_id = excluded.owner_id, name = excluded.name""";
    private static final String REMEMBER_ORDER = """
            insert into known_order (order_id, customer_id, store_id) values (?, ?, ?)
            on conflict (order_id) do update set
              customer_id = coalesce(excluded.customer_id, known_order.customer_id),
              store_id = coalesce(excluded.store_id, known_order.store_id)""";
    private static final String REMEMBER_RIDER = """
            insert into known_order (order_id, rider_id) values (?, ?)
            on conflict (order_id) do update set rider_id = excluded.rider_id""";
    private static final String ADD_ORDER = "insert into known_order (order_id) values (?) on conflict (order_id) do nothing";
    private static final String LOCK_ORDER = "select order_id from known_order where order_id = ? for update";
    private static final String STORE = "select owner_id, name from known_store where store_id = ?";
    private static final String ORDER = "select customer_id, store_id, rider_id from known_order where order_id = ?";

    private static final String DEFER = """
            insert into deferred_notice (event_id, order_id, notice) values (?, ?, ?::jsonb)
            on conflict (event_id) do nothing""";
    private static final String TAKE_DEFERRED = """
            with taken as (delete from deferred_notice where order_id = ? returning notice, deferred_at)
            select notice::text from taken order by deferred_at""";

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    PartiesPersistenceAdapter(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void lockOrder(UUID orderId) {
        jdbc.prepareStatement(ADD_ORDER, statement -> {
            statement.setObject(1, orderId);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement(LOCK_ORDER, statement -> {
            statement.setObject(1, orderId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        });
    }

    @Override
    public void defer(EventNotice notice) {
        jdbc.prepareStatement(DEFER, statement -> {
            statement.setObject(1, notice.eventId());
            statement.setObject(2, notice.orderId());
            try {
                statement.setString(3, json.writeValueAsString(DeferredNotice.of(notice)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return statement.executeUpdate();
        });
    }

    @Override
    public List<EventNotice> takeDeferred(UUID orderId) {
        return jdbc.prepareStatement(TAKE_DEFERRED, statement -> {
            statement.setObject(1, orderId);
            List<EventNotice> taken = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    taken.add(json.readValue(row.getString(1), DeferredNotice.class).toNotice());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return taken;
        });
    }

    @Serdeable
    record DeferredNotice(UUID eventId, String type, UUID orderId, @Nullable UUID customerId, @Nullable UUID storeId,
                          @Nullable UUID ownerId, @Nullable UUID riderId, @Nullable String storeName,
                          Map<String, String> facts) {
        static DeferredNotice of(EventNotice n) {
            return new DeferredNotice(n.eventId(), n.type(), n.orderId(), n.customerId(), n.storeId(), n.ownerId(),
                    n.riderId(), n.storeName(), n.facts());
        }

        EventNotice toNotice() {
            return new EventNotice(eventId, type, orderId, customerId, storeId, ownerId, riderId, storeName, facts);
        }
    }

    @Override
    public void rememberStore(UUID storeId, UUID ownerId, String name) {
        jdbc.prepareStatement(REMEMBER_STORE, statement -> {
            statement.setObject(1, storeId);
            statement.setObject(2, ownerId);
            statement.setString(3, name);
            return statement.executeUpdate();
        });
    }

    @Override
    public void rememberOrder(UUID orderId, UUID customerId, UUID storeId) {
        jdbc.prepareStatement(REMEMBER_ORDER, statement -> {
            statement.setObject(1, orderId);
            statement.setObject(2, customerId);
            statement.setObject(3, storeId);
            return statement.executeUpdate();
        });
    }

    @Override
    public void rememberRider(UUID orderId, UUID riderId) {
        jdbc.prepareStatement(REMEMBER_RIDER, statement -> {
            statement.setObject(1, orderId);
            statement.setObject(2, riderId);
            return statement.executeUpdate();
        });
    }

    @Override
    public Optional<KnownStore> store(UUID storeId) {
        return jdbc.prepareStatement(STORE, statement -> {
            statement.setObject(1, storeId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new KnownStore(storeId, row.getObject(1, UUID.class), row.getString(2)))
                        : Optional.<KnownStore>empty();
            }
        });
    }

    @Override
    public Optional<KnownOrder> order(UUID orderId) {
        return jdbc.prepareStatement(ORDER, statement -> {
            statement.setObject(1, orderId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new KnownOrder(orderId, row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class), row.getObject(3, UUID.class)))
                        : Optional.<KnownOrder>empty();
            }
        });
    }
}
