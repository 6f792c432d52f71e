package delivery.rider.adapters.out.persistence;

import delivery.rider.application.port.out.RiderRepository;
import delivery.rider.domain.Rider;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
class RiderPersistenceAdapter implements RiderRepository {

    private final JdbcRepositories.RiderRows riders;
    private final JdbcRepositories.RiderSiteRows riderSites;

    RiderPersistenceAdapter(JdbcRepositories.RiderRows riders, JdbcRepositories.RiderSiteRows riderSites) {
        this.riders = riders;
        this.riderSites = riderSites;
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
        return riders.findByIdForUpdate(riderId).map(this::rider);
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
