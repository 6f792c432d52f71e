package delivery.billing.domain;

import java.util.UUID;

/** A product and how many of it a delivery missed. */
public record MissingItem(UUID productId, int quantity) {
}
