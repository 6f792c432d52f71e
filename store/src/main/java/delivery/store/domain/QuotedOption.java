package delivery.store.domain;

/** A chosen option at its current price per unit of the line, in KRW. */
public record QuotedOption(String name, long unitPrice, int quantity) {

    long amount() {
        return Money.times(unitPrice, quantity);
    }
}
