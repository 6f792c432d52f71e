package delivery.store.domain;

/** An option of a ticket line as the customer bought it. */
public record TicketLineOption(String name, long unitPrice, int quantity) {
}
