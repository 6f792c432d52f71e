package delivery.billing.domain;

import java.util.UUID;

/** A customer's points: the sum of every entry of the point ledger, 0 for a customer without entries. */
public record PointBalance(UUID customerId, long balance) {

    public PointBalance {
        if (customerId == null) {
            throw new InvalidValueException("customerId", "customerId is required");
        }
    }
}
