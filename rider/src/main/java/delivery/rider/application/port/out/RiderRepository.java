package delivery.rider.application.port.out;

import delivery.rider.domain.Rider;
import delivery.rider.domain.RiderLoad;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface RiderRepository {

    void insert(Rider rider);

    void update(Rider rider);

    Optional<Rider> findById(UUID riderId);

    /** Loads the rider locked for update until the transaction ends. */
    Optional<Rider> lockById(UUID riderId);

    /**
     * The available riders serving the site with their current load. Read under the site's
     * {@link SiteDispatchLock}: no rider of the site changes availability until it is released.
     */
    List<RiderLoad> availableAtSite(UUID siteId);
}
