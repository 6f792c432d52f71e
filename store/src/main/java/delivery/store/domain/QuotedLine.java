package delivery.store.domain;

import java.util.List;
import java.util.UUID;

/** One item at its current price: each unit carries the line's options, so it costs quantity × (unitPrice + options). */
public record QuotedLine(UUID productId, String name, long unitPrice, int quantity, List<QuotedOption> options) {

    public QuotedLine {
        options = List.copyOf(options);
    }

    public long amount() {
        long perUnit = unitPrice;
        for (QuotedOption option : options) {
            perUnit = Money.plus(perUnit, option.amount());
        }
        return Money.times(perUnit, quantity);
    }
}
