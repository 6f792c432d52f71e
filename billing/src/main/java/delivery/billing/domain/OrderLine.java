package delivery.billing.domain;

import java.util.UUID;

/** A line of an order as billing stores it: unitAmount is the unit price with its options. */
public record OrderLine(UUID productId, int quantity, long unitAmount) {

    public OrderLine {
        if (productId == null || quantity <= 0 || unitAmount < 0) {
            throw new InvalidValueException("items", "an order line has a product, a positive quantity and a price");
        }
    }
}
