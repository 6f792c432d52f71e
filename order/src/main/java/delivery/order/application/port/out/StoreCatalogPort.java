package delivery.order.application.port.out;

import delivery.order.domain.Quote;
import delivery.order.domain.QuoteRequest;

/** The store service's own check and pricing of an order request. */
public interface StoreCatalogPort {

    /**
     * @throws delivery.order.domain.QuoteRefusedException the store refused the request
     * @throws StoreCatalogUnavailableException the store could not be asked (down, too slow, circuit open)
     */
    Quote quote(QuoteRequest request);
}
