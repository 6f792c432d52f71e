package delivery.order.application.port.in;

import delivery.order.domain.Order;

import java.util.UUID;

/** What the store decided about the order's ticket; a ticket that timed out is rejected with its reason. */
public interface RecordStoreDecisionUseCase {

    Order storeAccepted(UUID orderId);

    Order storeRejected(UUID orderId, String reason);
}
