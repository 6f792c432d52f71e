package delivery.rider.application.port.out;

import delivery.rider.domain.DeliveryAssigned;
import delivery.rider.domain.DeliveryCancelled;
import delivery.rider.domain.DeliveryCompleted;
import delivery.rider.domain.DeliveryDelayed;
import delivery.rider.domain.DeliveryPickedUp;
import delivery.rider.domain.DeliveryPlanned;
import delivery.rider.domain.DeliveryUnassigned;
import delivery.rider.domain.DeliveryWaitingForRider;
import delivery.rider.domain.MissingItemsReported;

/** Announces what happens to deliveries; the caller's transaction decides whether it happened. */
public interface DeliveryEventPublisher {

    void deliveryPlanned(DeliveryPlanned event);

    void deliveryWaitingForRider(DeliveryWaitingForRider event);

    void deliveryAssigned(DeliveryAssigned event);

    void deliveryUnassigned(DeliveryUnassigned event);

    void deliveryPickedUp(DeliveryPickedUp event);

    void deliveryDelayed(DeliveryDelayed event);

    void deliveryCompleted(DeliveryCompleted event);

    void missingItemsReported(MissingItemsReported event);

    void deliveryCancelled(DeliveryCancelled event);
}
