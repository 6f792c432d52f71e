package delivery.order.domain;

import java.util.List;
import java.util.UUID;

/**
 * One product of an order at the price it was sold for, in KRW. Each unit of the line carries
 * the line's options, so the line costs quantity × (unit price + options).
 */
public record OrderLine(UUID productId, String name, long unitPrice, int quantity, List<OrderLineOption> options) {

    public OrderLine {
        Require.present("items.productId", productId);
        Require.text("items.name", name, 100);
        Require.atLeast("items.unitPrice", unitPrice, 0);
        Require.atLeast("items.quantity", quantity, 1);
        options = options == null ? List.of() : List.copyOf(options);
    }

    public long amount() {
        long perUnit = unitPrice;
        for (OrderLineOption option : options) {
            perUnit = Money.plus(perUnit, option.amount());
        }
        return Money.times(perUnit, quantity);
    }
}
