package delivery.order.application.port.in;

import delivery.order.domain.Order;

import java.util.UUID;

/** What billing reports about an order's payment. */
public interface RecordPaymentOutcomeUseCase {

    Order paymentApproved(UUID orderId);

    Order paymentRejected(UUID orderId, String reason);

    Order paymentRefunded(UUID orderId);
}
