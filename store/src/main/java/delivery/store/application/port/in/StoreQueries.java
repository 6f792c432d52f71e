package delivery.store.application.port.in;

import delivery.store.domain.Menu;
import delivery.store.domain.Store;

import java.util.UUID;

/** What anyone may read about a store. */
public interface StoreQueries {

    Store store(UUID storeId);

    Menu menu(UUID storeId);
}
