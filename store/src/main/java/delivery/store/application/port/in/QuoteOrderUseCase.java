package delivery.store.application.port.in;

import delivery.store.domain.Quote;
import delivery.store.domain.RequestedItem;

import java.util.List;
import java.util.UUID;

/** The check and pricing of an order the order service asks for before it takes the order. Writes nothing. */
public interface QuoteOrderUseCase {

    record QuoteOrderCommand(UUID storeId, UUID siteId, UUID slotId, List<RequestedItem> items) {
    }

    Quote quote(QuoteOrderCommand command);
}
