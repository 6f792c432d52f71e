package delivery.store.domain;

import java.util.UUID;

/** A campus or office park whose customers are served together, with pickup shelves for the orders. */
public record DeliverySite(UUID id, String name, String address) {

    public DeliverySite {
        Require.text("name", name, 100);
        Require.text("address", address, 300);
    }

    public static DeliverySite register(String name, String address) {
        return new DeliverySite(UUID.randomUUID(), name, address);
    }
}
