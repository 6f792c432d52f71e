package delivery.store.domain;

import java.util.UUID;

public record SiteRegistered(UUID siteId, String name, String address) {
}
