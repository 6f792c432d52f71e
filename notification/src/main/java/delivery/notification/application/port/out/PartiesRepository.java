package delivery.notification.application.port.out;

import delivery.notification.application.port.in.NotifyAboutEventUseCase;

import java.util.List;
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

    /**
     * Holds the order until the transaction ends, so two events about one order (from different
     * queues) are handled one after the other: the later one sees what the earlier one learned
     * or deferred.
     */
    void lockOrder(UUID orderId);

    /** @param riderId null when the rider was taken off the order */
    void rememberRider(UUID orderId, UUID riderId);

    Optional<KnownStore> store(UUID storeId);

    /** Keeps an event about an order whose customer is not known yet. */
    void defer(NotifyAboutEventUseCase.EventNotice notice);

    /** Removes and returns what was deferred for the order, oldest first. */
    List<NotifyAboutEventUseCase.EventNotice> takeDeferred(UUID orderId);

    Optional<KnownOrder> order(UUID orderId);
}
