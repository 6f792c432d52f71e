package delivery.store.domain;

import java.util.List;

/** A store with its products in menu order. */
public record Menu(Store store, List<Product> products) {

    public Menu {
        products = List.copyOf(products);
    }

    public MenuChanged changed() {
        return new MenuChanged(store.id(), products.stream().map(Product::menuItem).toList());
    }
}
