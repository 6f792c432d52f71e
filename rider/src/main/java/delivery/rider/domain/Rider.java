package delivery.rider.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A rider who collects the orders of a slot from the stores and drops them at the sites the rider serves.
 * A new rider is available for dispatch and may step out and back in.
 */
public final class Rider {

    private final UUID id;
    private final String name;
    private final Set<UUID> siteIds;
    private boolean available;

    private Rider(UUID id, String name, Set<UUID> siteIds, boolean available) {
        Require.text("name", name, 100);
        Require.ids("siteIds", siteIds);
        this.id = Objects.requireNonNull(id);
        this.name = name;
        this.siteIds = Set.copyOf(siteIds);
        this.available = available;
    }

    public static Rider register(String name, Set<UUID> siteIds) {
        return new Rider(UUID.randomUUID(), name, siteIds, true);
    }

    public static Rider restore(UUID id, String name, Set<UUID> siteIds, boolean available) {
        return new Rider(id, name, siteIds, available);
    }

    public RiderRegistered registered() {
        return new RiderRegistered(id, name, List.copyOf(siteIds));
    }

    /** @return the change, or nothing when the rider was available already */
    public Optional<RiderAvailabilityChanged> makeAvailable() {
        return changeAvailability(true);
    }

    /** @return the change, or nothing when the rider was unavailable already */
    public Optional<RiderAvailabilityChanged> makeUnavailable() {
        return changeAvailability(false);
    }

    private Optional<RiderAvailabilityChanged> changeAvailability(boolean wanted) {
        if (available == wanted) {
            return Optional.empty();
        }
        available = wanted;
        return Optional.of(new RiderAvailabilityChanged(id, wanted));
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public Set<UUID> siteIds() { return siteIds; }
    public boolean available() { return available; }
}
