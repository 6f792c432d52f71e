package delivery.rider.application.port.out;

import java.util.Collection;
import java.util.UUID;

/**
 * Dispatch at a site runs one transaction at a time. A transaction that may move a site's
 * deliveries or assignments, or a rider serving it, takes the site's lock before any row of it;
 * the locks are taken in one fixed order, so two transactions never wait on each other in a circle.
 */
public interface SiteDispatchLock {

    /** Holds the sites until the transaction ends. */
    void lock(Collection<UUID> siteIds);
}
