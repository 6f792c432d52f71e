package delivery.billing.application.port.in;

import java.util.UUID;

/**
 * order.cancelled: refund what was taken, void a pending virtual account, give back coupon and
 * points. Arriving before order.placed, it leaves a mark so the later order.placed charges nothing.
 */
public interface CancelOrderPaymentUseCase {

    void orderCancelled(UUID orderId, String reason);
}
