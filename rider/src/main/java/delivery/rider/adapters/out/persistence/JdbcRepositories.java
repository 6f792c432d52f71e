package delivery.rider.adapters.out.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

/** Micronaut Data repositories of the rider service's tables; only the persistence adapters use them. */
final class JdbcRepositories {

    private JdbcRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface RiderRows extends CrudRepository<RiderRow, UUID> {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface RiderSiteRows extends CrudRepository<RiderSiteRow, RiderSiteRow.Key> {
        @Query("select * from rider_site where rider_id = :riderId")
        List<RiderSiteRow> findByRiderId(UUID riderId);
    }
}
