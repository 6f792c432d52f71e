package delivery.rider.domain;

import java.util.UUID;

public record MissingItem(UUID productId, int quantity) {

    public MissingItem {
        Require.present("items.productId", productId);
        if (quantity < 1) {
            throw new InvalidValueException("items.quantity", "a missing quantity is at least 1");
        }
    }
}
