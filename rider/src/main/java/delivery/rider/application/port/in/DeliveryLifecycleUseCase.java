package delivery.rider.application.port.in;

import delivery.rider.domain.Delivery;
import delivery.rider.domain.Fault;
import delivery.rider.domain.MissingItem;
import delivery.rider.domain.Resolution;

import java.util.List;
import java.util.UUID;

/** What a rider does with a delivery. Unknown ids throw {@link UnknownIdException}; forbidden steps IllegalTransitionException. */
public interface DeliveryLifecycleUseCase {

    record ReportMissingCommand(UUID deliveryId, Fault fault, Resolution resolution, List<MissingItem> items) {
    }

    /** The report, and the redelivery it opened (null for a refund). */
    record MissingReported(Delivery delivery, Delivery redelivery) {
    }

    Delivery pickUp(UUID deliveryId);

    Delivery delay(UUID deliveryId, String reason);

    Delivery complete(UUID deliveryId);

    /** All of them or none: the first that cannot complete fails the whole request. */
    List<Delivery> completeAll(List<UUID> deliveryIds);

    MissingReported reportMissing(ReportMissingCommand command);
}
