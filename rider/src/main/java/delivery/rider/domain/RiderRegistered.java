package delivery.rider.domain;

import java.util.List;
import java.util.UUID;

public record RiderRegistered(UUID riderId, String name, List<UUID> siteIds) {
}
