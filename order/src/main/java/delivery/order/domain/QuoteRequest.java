package delivery.order.domain;

import java.util.List;
import java.util.UUID;

/** What an order asks of a store, for a slot at a site: checked and priced into a {@link Quote}. */
public record QuoteRequest(UUID storeId, UUID siteId, UUID slotId, List<RequestedItem> items) {

    public QuoteRequest {
        Require.present("storeId", storeId);
        Require.present("siteId", siteId);
        Require.present("slotId", slotId);
        if (items == null || items.isEmpty()) {
            throw new InvalidValueException("items", "an order has at least one item");
        }
        items = List.copyOf(items);
    }
}
