package delivery.order.domain;

/** A chosen product option (extra shot, large size) with its price per unit of the line, in KRW. */
public record OrderLineOption(String name, long unitPrice, int quantity) {

    public OrderLineOption {
        Require.text("options.name", name, 100);
        Require.atLeast("options.unitPrice", unitPrice, 0);
        Require.atLeast("options.quantity", quantity, 1);
    }

    long amount() {
        return Money.times(unitPrice, quantity);
    }
}
