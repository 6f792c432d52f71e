package delivery.billing.application.port.in;

import delivery.billing.domain.OrderLine;
import delivery.billing.domain.PaymentMethod;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** order.placed: redeem the coupon, spend the points, and authorise the card or open a virtual account. */
public interface PayForOrderUseCase {

    record PayForOrderCommand(UUID orderId, UUID customerId, UUID storeId, List<OrderLine> lines, long totalAmount,
                              PaymentMethod method, String cardToken, String couponCode, long points,
                              Instant placedAt) {
    }

    void payForOrder(PayForOrderCommand command);
}
