package delivery.rider.adapters.out.messaging;

import delivery.messaging.outbox.Outbox;
import delivery.rider.application.port.out.DeliveryEventPublisher;
import delivery.rider.domain.DeliveryAssigned;
import delivery.rider.domain.DeliveryCancelled;
import delivery.rider.domain.DeliveryCompleted;
import delivery.rider.domain.DeliveryDelayed;
import delivery.rider.domain.DeliveryPickedUp;
import delivery.rider.domain.DeliveryPlanned;
import delivery.rider.domain.DeliveryUnassigned;
import delivery.rider.domain.DeliveryWaitingForRider;
import delivery.rider.domain.MissingItem;
import delivery.rider.domain.MissingItemsReported;
import com.fasterxml.jackson.annotation.JsonInclude;
import delivery.rider.domain.Fault;
import delivery.rider.domain.Resolution;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Writes delivery events to the outbox of the current transaction, on {@code rider.events}; aggregate = the delivery. */
@Singleton
@SerdeImport(DeliveryPlanned.class)
@SerdeImport(DeliveryWaitingForRider.class)
@SerdeImport(DeliveryAssigned.class)
@SerdeImport(DeliveryUnassigned.class)
@SerdeImport(DeliveryPickedUp.class)
@SerdeImport(DeliveryDelayed.class)
@SerdeImport(DeliveryCompleted.class)
@SerdeImport(MissingItem.class)
@SerdeImport(DeliveryCancelled.class)
class DeliveryEventsOutboxAdapter implements DeliveryEventPublisher {

    private final Outbox outbox;

    DeliveryEventsOutboxAdapter(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void deliveryPlanned(DeliveryPlanned event) {
        append("delivery.planned", event.deliveryId(), event);
    }

    @Override
    public void deliveryWaitingForRider(DeliveryWaitingForRider event) {
        append("delivery.waiting-for-rider", event.deliveryId(), event);
    }

    @Override
    public void deliveryAssigned(DeliveryAssigned event) {
        append("delivery.assigned", event.deliveryId(), event);
    }

    @Override
    public void deliveryUnassigned(DeliveryUnassigned event) {
        append("delivery.unassigned", event.deliveryId(), event);
    }

    @Override
    public void deliveryPickedUp(DeliveryPickedUp event) {
        append("delivery.picked-up", event.deliveryId(), event);
    }

    @Override
    public void deliveryDelayed(DeliveryDelayed event) {
        append("delivery.delayed", event.deliveryId(), event);
    }

    @Override
    public void deliveryCompleted(DeliveryCompleted event) {
        append("delivery.completed", event.deliveryId(), event);
    }

    @Override
    public void missingItemsReported(MissingItemsReported event) {
        append("delivery.missing-reported", event.deliveryId(), MissingReportedMessage.of(event));
    }

    @Override
    public void deliveryCancelled(DeliveryCancelled event) {
        append("delivery.cancelled", event.deliveryId(), event);
    }

    /** As the domain event, but {@code items} stays in the message when empty: no items = the whole order. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MissingReportedMessage(UUID deliveryId, UUID orderId, UUID storeId, UUID riderId, Fault fault,
                                  Resolution resolution, List<MissingItem> items) {
        static MissingReportedMessage of(MissingItemsReported event) {
            return new MissingReportedMessage(event.deliveryId(), event.orderId(), event.storeId(), event.riderId(),
                    event.fault(), event.resolution(), event.items());
        }
    }

    private void append(String type, UUID deliveryId, Object event) {
        outbox.append(RiderEventsOutboxAdapter.EXCHANGE, type, 1, deliveryId.toString(), event);
    }
}
