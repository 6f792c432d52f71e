package delivery.rider.adapters.in.messaging;

import com.rabbitmq.client.BasicProperties;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.messaging.UnreadableEventException;
import delivery.messaging.inbox.InboundEvents;
import delivery.rider.application.port.in.CancelOrderDeliveryUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A cancelled order drops its delivery unless the rider has picked it up. */
@RabbitListener
class OrderEventsListener {

    static final String QUEUE = "rider.order-events";

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final CancelOrderDeliveryUseCase cancelOrderDelivery;

    OrderEventsListener(InboundEvents inbound, EventCodec codec, CancelOrderDeliveryUseCase cancelOrderDelivery) {
        this.inbound = inbound;
        this.codec = codec;
        this.cancelOrderDelivery = cancelOrderDelivery;
    }

    @Queue("${messaging.queues.order-events:" + QUEUE + "}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume("rider", body, properties, acknowledgement, this::handle);
    }

    void handle(EventEnvelope envelope) {
        if (!"order.cancelled".equals(envelope.type())) {
            return;
        }
        OrderCancelledMessage cancelled = codec.payload(envelope, OrderCancelledMessage.class);
        if (cancelled.orderId() == null) {
            throw new UnreadableEventException("order.cancelled " + envelope.eventId() + " lacks orderId", null);
        }
        cancelOrderDelivery.cancelOrderDelivery(cancelled.orderId(), cancelled.reason());
    }

    /** What rider reads of {@code order.cancelled} (its side of the contract). */
    @Serdeable
    record OrderCancelledMessage(@Nullable UUID orderId, @Nullable String reason) {
    }
}
