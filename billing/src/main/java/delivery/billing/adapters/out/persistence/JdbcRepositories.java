package delivery.billing.adapters.out.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.UUID;

/** Micronaut Data repositories of billing's tables; only the persistence adapters use them. */
final class JdbcRepositories {

    private JdbcRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface CouponRows extends CrudRepository<CouponRow, UUID> {
        /**
         * Waits for a concurrent transaction inserting the same code and inserts nothing if it
         * commits: returns 0 instead of failing the transaction with a unique violation.
         */
        @Query("""
                insert into coupon (id, code, type, value, expires_at, created_at)
                values (:id, :code, :type, :value, :expiresAt, :createdAt)
                on conflict on constraint coupon_code_unique do nothing""")
        int insertIfCodeFree(UUID id, String code, String type, long value, Instant expiresAt, Instant createdAt);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PointLedgerRows extends CrudRepository<PointLedgerRow, Long> {
        @Query("select coalesce(sum(delta), 0)::bigint from point_ledger where customer_id = :customerId")
        long sumOfDeltas(UUID customerId);
    }
}
