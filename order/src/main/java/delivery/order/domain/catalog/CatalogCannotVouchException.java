package delivery.order.domain.catalog;

/**
 * The catalog copy lacks what an order names (a store, product or slot it has not heard of), so
 * it can neither confirm nor refuse the order: only the store service could.
 */
public class CatalogCannotVouchException extends RuntimeException {
    public CatalogCannotVouchException(String message) {
        super(message);
    }
}
