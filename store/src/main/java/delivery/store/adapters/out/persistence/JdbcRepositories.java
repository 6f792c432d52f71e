package delivery.store.adapters.out.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Micronaut Data repositories of the store's tables; only the persistence adapters use them. */
final class JdbcRepositories {

    private JdbcRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface SiteRows extends CrudRepository<SiteRow, UUID> {
        List<SiteRow> findByIdIn(Collection<UUID> ids);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface SlotRows extends CrudRepository<SlotRow, UUID> {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface StoreRows extends CrudRepository<StoreRow, UUID> {
        @Query("select * from store where id = :id for update")
        Optional<StoreRow> findByIdForUpdate(UUID id);
    }
}
