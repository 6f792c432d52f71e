package delivery.notification.adapters.out.persistence;

import delivery.notification.application.port.out.PartiesRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
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
    private static final String STORE = "select owner_id, name from known_store where store_id = ?";
    private static final String ORDER = "select customer_id, store_id, rider_id from known_order where order_id = ?";

    private final JdbcOperations jdbc;

    PartiesPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
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
