package delivery.store.domain;

/** An option a customer picked for each unit of an item, as asked; checked against the product when quoted. */
public record ChosenOption(String name, Integer quantity) {
}
