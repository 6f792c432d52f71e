package delivery.rider.adapters.out.persistence;

import delivery.rider.application.port.out.SiteDispatchLock;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.UUID;

/** Transaction-scoped PostgreSQL advisory locks, one per site, taken in ascending key order. */
@Singleton
class SiteDispatchLockAdapter implements SiteDispatchLock {

    private final Sql sql;

    SiteDispatchLockAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void lock(Collection<UUID> siteIds) {
        siteIds.stream().mapToLong(SiteDispatchLockAdapter::key).distinct().sorted().forEach(key ->
                sql.query("select pg_advisory_xact_lock(?)", statement -> statement.setLong(1, key), row -> true));
    }

    private static long key(UUID siteId) {
        return siteId.getMostSignificantBits() ^ siteId.getLeastSignificantBits();
    }
}
