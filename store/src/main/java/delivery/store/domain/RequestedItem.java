package delivery.store.domain;

import java.util.List;
import java.util.UUID;

/** One item of an order as the customer asked for it, before the store has checked and priced it. */
public record RequestedItem(UUID productId, Integer quantity, List<ChosenOption> options) {

    public RequestedItem {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
