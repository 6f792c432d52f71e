package delivery.order.domain;

import java.util.List;
import java.util.UUID;

/** A product the customer asks for, with the options chosen for each unit; priced by a {@link Quote}. */
public record RequestedItem(UUID productId, int quantity, List<RequestedOption> options) {

    public RequestedItem {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** An option chosen by name (extra shot, large size) and how many of it per unit of the item. */
    public record RequestedOption(String name, int quantity) {
    }
}
