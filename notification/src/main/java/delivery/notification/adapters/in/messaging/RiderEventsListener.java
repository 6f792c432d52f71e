package delivery.notification.adapters.in.messaging;

import com.rabbitmq.client.BasicProperties;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.messaging.inbox.InboundEvents;
import delivery.notification.application.port.in.NotifyAboutEventUseCase;
import delivery.notification.application.port.in.NotifyAboutEventUseCase.EventNotice;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Optional;
import java.util.UUID;

/** Deliveries, told to the customer, the rider and (for a store's omission) the owner. */
@RabbitListener
class RiderEventsListener {

    static final String QUEUE = "notification.rider-events";

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final NotifyAboutEventUseCase notify;

    RiderEventsListener(InboundEvents inbound, EventCodec codec, NotifyAboutEventUseCase notify) {
        this.inbound = inbound;
        this.codec = codec;
        this.notify = notify;
    }

    @Queue("${messaging.queues.rider-events:" + QUEUE + "}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume("notification", body, properties, acknowledgement,
                envelope -> notice(envelope).ifPresent(notify::handle));
    }

    Optional<EventNotice> notice(EventEnvelope envelope) {
        if (!envelope.type().startsWith("delivery.") || "delivery.planned".equals(envelope.type())) {
            return Optional.empty();
        }
        DeliveryMessage delivery = codec.payload(envelope, DeliveryMessage.class);
        return Optional.of(new EventNotice(envelope.eventId(), envelope.type(), delivery.orderId(), null,
                delivery.storeId(), null, delivery.riderId(), null, new Facts()
                .put("reason", delivery.reason())
                .put("boxNumber", delivery.boxNumber())
                .put("fault", delivery.fault())
                .put("resolution", delivery.resolution())
                .put("refund", "REFUND".equals(delivery.resolution()) ? "true" : null)
                .values()));
    }

    /** What notification reads of the rider service's delivery events (its side of the contract). */
    @Serdeable
    record DeliveryMessage(UUID deliveryId, UUID orderId, @Nullable UUID riderId, @Nullable UUID storeId,
                           @Nullable String reason, @Nullable String boxNumber, @Nullable String fault,
                           @Nullable String resolution) {
    }
}
