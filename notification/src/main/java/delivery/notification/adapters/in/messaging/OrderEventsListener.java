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

/**
 * Every order event teaches whose order it is; only what only the order knows is told:
 * a paid order to its store's owner (order.confirmed) and a customer's cancel.
 */
@RabbitListener
class OrderEventsListener {

    static final String QUEUE = "notification.order-events";

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final NotifyAboutEventUseCase notify;

    OrderEventsListener(InboundEvents inbound, EventCodec codec, NotifyAboutEventUseCase notify) {
        this.inbound = inbound;
        this.codec = codec;
        this.notify = notify;
    }

    @Queue("${messaging.queues.order-events:" + QUEUE + "}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume("notification", body, properties, acknowledgement,
                envelope -> notice(envelope).ifPresent(notify::handle));
    }

    Optional<EventNotice> notice(EventEnvelope envelope) {
        if (!envelope.type().startsWith("order.")) {
            return Optional.empty();
        }
        OrderMessage order = codec.payload(envelope, OrderMessage.class);
        return Optional.of(new EventNotice(envelope.eventId(), envelope.type(), order.orderId(), order.customerId(),
                order.storeId(), null, null, null, new Facts()
                .amount("totalAmount", order.totalAmount())
                .put("reason", order.reason())
                .put("cancelledBy", order.cancelledBy())
                .values()));
    }

    /** What notification reads of the order's events (its side of the contract). */
    @Serdeable
    record OrderMessage(UUID orderId, UUID customerId, @Nullable UUID storeId, @Nullable Long totalAmount,
                        @Nullable String reason, @Nullable String cancelledBy) {
    }
}
