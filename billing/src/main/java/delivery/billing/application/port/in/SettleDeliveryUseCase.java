package delivery.billing.application.port.in;

import delivery.billing.domain.Fault;
import delivery.billing.domain.MissingItem;
import delivery.billing.domain.Resolution;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** delivery.completed: capture and book the store's settlement; delivery.missing-reported: refund and deduct by fault. */
public interface SettleDeliveryUseCase {

    void deliveryCompleted(UUID orderId, Instant completedAt);

    record MissingItemsCommand(UUID orderId, Fault fault, Resolution resolution, List<MissingItem> items,
                               Instant reportedAt) {
    }

    void missingItemsReported(MissingItemsCommand command);
}
