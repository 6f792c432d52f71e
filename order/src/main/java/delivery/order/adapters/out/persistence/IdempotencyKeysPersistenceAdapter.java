package delivery.order.adapters.out.persistence;

import delivery.order.application.port.out.IdempotencyKeys;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;

import static io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY;

/** The placements' idempotency keys, unique by the table's primary key. */
@Singleton
class IdempotencyKeysPersistenceAdapter implements IdempotencyKeys {

    private final JdbcOperations jdbc;

    IdempotencyKeysPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KeyedPlacement> find(String key) {
        return jdbc.prepareStatement("""
                select request_fingerprint, order_id from placement_idempotency_key where idempotency_key = ?""",
                statement -> {
                    statement.setString(1, key);
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next()
                                ? Optional.of(new KeyedPlacement(key, row.getString(1), row.getObject(2, UUID.class)))
                                : Optional.empty();
                    }
                });
    }

    @Override
    @Transactional(propagation = MANDATORY)
    public boolean claim(KeyedPlacement placement) {
        int inserted = jdbc.prepareStatement("""
                insert into placement_idempotency_key (idempotency_key, request_fingerprint, order_id)
                values (?, ?, ?) on conflict (idempotency_key) do nothing""", statement -> {
            statement.setString(1, placement.key());
            statement.setString(2, placement.requestFingerprint());
            statement.setObject(3, placement.orderId());
            return statement.executeUpdate();
        });
        return inserted == 1;
    }
}
