package delivery.notification.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** What notification has learnt from earlier events: who owns a store, whose an order is, who delivers it. */
public interface PartiesRepository {

    record KnownStore(UUID storeId, UUID ownerId, String name) {
    }

    record KnownOrder(UUID orderId, UUID customerId, UUID storeId, UUID riderId) {
    }

    void rememberStore(UUID storeId, UUID ownerId, String name);

    /** Keeps what is known already where the arguments are null. */
    void rememberOrder(UUID orderId, UUID customerId, UUID storeId);

    /** @param riderId null when the rider was taken off the order */
    void rememberRider(UUID orderId, UUID riderId);

    Optional<KnownStore> store(UUID storeId);

    Optional<KnownOrder> order(UUID orderId);
}
