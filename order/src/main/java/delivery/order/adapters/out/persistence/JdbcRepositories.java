package delivery.order.adapters.out.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Micronaut Data repositories of the order's tables; only the persistence adapter uses them. */
final class JdbcRepositories {

    private JdbcRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface OrderRows extends CrudRepository<OrderRow, UUID> {
        Page<OrderRow> findByCustomerId(UUID customerId, Pageable pageable);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface OrderLineRows extends CrudRepository<OrderLineRow, Long> {
        List<OrderLineRow> findByOrderIdInOrderByLineNo(Collection<UUID> orderIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface OrderLineOptionRows extends CrudRepository<OrderLineOptionRow, Long> {
        List<OrderLineOptionRow> findByLineIdInOrderByOptionNo(Collection<Long> lineIds);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface TimelineEntryRows extends CrudRepository<TimelineEntryRow, Long> {
        List<TimelineEntryRow> findByOrderIdInOrderBySeq(Collection<UUID> orderIds);

        long countByOrderId(UUID orderId);
    }
}
