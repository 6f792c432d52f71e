package delivery.billing.application.port.out;

import delivery.billing.domain.BillingOrder;
import delivery.billing.domain.OrderLine;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public interface BillingOrderRepository {

    /**
     * Creates the order's row when missing and locks it until the transaction ends: every handler
     * of one order takes this lock first, so they run one after the other.
     */
    BillingOrder lock(UUID orderId);

    void recordPlaced(UUID orderId, UUID customerId, UUID storeId, long totalAmount, List<OrderLine> lines,
                      Instant placedAt);

    void recordCancelled(UUID orderId, Instant cancelledAt);
}
