package delivery.billing.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What billing knows of an order: who placed it at which store, its total and its lines as
 * order.placed priced them, and whether it was cancelled (possibly before billing saw it placed).
 */
public record BillingOrder(UUID orderId, UUID customerId, UUID storeId, long totalAmount, List<OrderLine> lines,
                           boolean placed, boolean cancelled) {

    public BillingOrder {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /**
     * The value of missing items at the order's prices: each product's missing quantity is taken
     * from its lines in order, never more than was ordered; no items means the whole order.
     */
    public long valueOf(List<MissingItem> missing) {
        if (missing == null || missing.isEmpty()) {
            return totalAmount;
        }
        Map<UUID, Integer> wanted = new HashMap<>();
        for (MissingItem item : missing) {
            if (item.quantity() > 0) {
                wanted.merge(item.productId(), item.quantity(), Integer::sum);
            }
        }
        long value = 0;
        for (OrderLine line : lines) {
            int left = wanted.getOrDefault(line.productId(), 0);
            int taken = Math.min(left, line.quantity());
            if (taken > 0) {
                value = Money.plus(value, Money.times(line.unitAmount(), taken));
                wanted.put(line.productId(), left - taken);
            }
        }
        return Math.min(value, totalAmount);
    }
}
