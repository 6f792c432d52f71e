package delivery.store.domain;

import java.util.List;
import java.util.UUID;

/** The whole menu of a store after a change, so a reader's copy is replaced, never patched. */
public record MenuChanged(UUID storeId, List<MenuItem> products) {

    public MenuChanged {
        products = List.copyOf(products);
    }

    public record MenuItem(UUID productId, String name, long price, boolean soldOut, List<ProductOption> options) {
        public MenuItem {
            options = List.copyOf(options);
        }
    }
}
