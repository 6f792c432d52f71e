package delivery.store.adapters.out.persistence;

import delivery.store.application.port.out.SlotCapacityRepository;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One row per store, slot and day. The upsert takes the row's lock and increments only below
 * the capacity, so of concurrent reservations exactly as many succeed as there are units left;
 * the table's check constraint holds the line even against a faulty caller.
 */
@Singleton
class SlotCapacityPersistenceAdapter implements SlotCapacityRepository {

    private static final String RESERVE = """
            insert into slot_capacity as taken (store_id, slot_id, service_date, capacity, reserved)
            values (?, ?, ?, ?, 1)
            on conflict (store_id, slot_id, service_date)
            do update set reserved = taken.reserved + 1 where taken.reserved < taken.capacity""";

    private final JdbcOperations jdbc;

    SlotCapacityPersistenceAdapter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean reserveOne(UUID storeId, UUID slotId, LocalDate serviceDate, int capacity) {
        int taken = jdbc.prepareStatement(RESERVE, statement -> {
            statement.setObject(1, storeId);
            statement.setObject(2, slotId);
            statement.setObject(3, serviceDate);
            statement.setInt(4, capacity);
            return statement.executeUpdate();
        });
        return taken == 1;
    }
}
