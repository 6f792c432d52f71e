package delivery.rider.adapters.out.persistence;

import delivery.rider.application.port.out.RiderRepository;
import delivery.rider.domain.Rider;
import delivery.rider.domain.RiderLoad;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
class RiderPersistenceAdapter implements RiderRepository {

    private final JdbcRepositories.RiderRows riders;
    private final JdbcRepositories.RiderSiteRows riderSites;
    private final Sql sql;

    RiderPersistenceAdapter(JdbcRepositories.RiderRows riders, JdbcRepositories.RiderSiteRows riderSites, Sql sql) {
        this.riders = riders;
        this.riderSites = riderSites;
        this.sql = sql;
    }

    /** Load = site-and-slots held that still have an assigned, picked-up or delayed delivery; and those deliveries. */
    @Override
    public List<RiderLoad> availableAtSite(UUID siteId) {
        return sql.query("""
                select r.id,
                       (select count(*) from slot_assignment a where a.rider_id = r.id and exists (
                            select 1 from delivery d where d.site_id = a.site_id and d.slot_id = a.slot_id
                              and d.service_date = a.service_date and d.rider_id = r.id
                              and d.status in ('ASSIGNED', 'PICKED_UP', 'DELAYED'))) as assignments,
                       (select count(*) from delivery d where d.rider_id = r.id
                              and d.status in ('ASSIGNED', 'PICKED_UP', 'DELAYED')) as deliveries
                from rider r join rider_site s on s.rider_id = r.id
                where s.site_id = ? and r.available
                order by r.id""", statement -> statement.setObject(1, siteId),
                row -> new RiderLoad(row.getObject(1, UUID.class), row.getInt(2), row.getInt(3)));
    }

    @Override
    public void insert(Rider rider) {
        riders.save(row(rider));
        rider.siteIds().forEach(siteId -> riderSites.save(new RiderSiteRow(new RiderSiteRow.Key(rider.id(), siteId))));
    }

    @Override
    public void update(Rider rider) {
        riders.update(row(rider));
    }

    @Override
    public Optional<Rider> findById(UUID riderId) {
        return riders.findById(riderId).map(this::rider);
    }

    @Override
    public Optional<Rider> lockById(UUID riderId) {
        // "no key update" (not "for update", which Micronaut Data's query parser also mistakes for an UPDATE):
        // other transactions may still write deliveries and assignments referencing the rider meanwhile
        boolean exists = !sql.query("select id from rider where id = ? for no key update",
                statement -> statement.setObject(1, riderId), row -> true).isEmpty();
        return exists ? riders.findById(riderId).map(this::rider) : Optional.empty();
    }

    private Rider rider(RiderRow row) {
        Set<UUID> siteIds = riderSites.findByRiderId(row.id()).stream()
                .map(site -> site.key().siteId()).collect(Collectors.toSet());
        return Rider.restore(row.id(), row.name(), siteIds, row.available());
    }

    private static RiderRow row(Rider rider) {
        return new RiderRow(rider.id(), rider.name(), rider.available());
    }
}
