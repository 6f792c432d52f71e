package delivery.store.domain;

import java.util.List;
import java.util.UUID;

/** One product of the order the store is asked to prepare, at the price it was sold for. */
public record TicketLine(UUID productId, String name, long unitPrice, int quantity, List<TicketLineOption> options) {

    public TicketLine {
        if (productId == null) {
            throw new InvalidValueException("items.productId", "a ticket line names its product");
        }
        if (quantity < 1) {
            throw new InvalidValueException("items.quantity", "a ticket line has at least one unit");
        }
        options = options == null ? List.of() : List.copyOf(options);
    }
}
