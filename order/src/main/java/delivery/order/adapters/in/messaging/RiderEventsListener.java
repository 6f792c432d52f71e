package delivery.order.adapters.in.messaging;

import com.rabbitmq.client.BasicProperties;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.messaging.inbox.InboundEvents;
import delivery.order.application.port.in.FollowSagaUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** Moves orders on as the rider service announces their deliveries (rider.events). */
@RabbitListener
class RiderEventsListener {

    static final String QUEUE = "order.rider-events";

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final FollowSagaUseCase saga;

    RiderEventsListener(InboundEvents inbound, EventCodec codec, FollowSagaUseCase saga) {
        this.inbound = inbound;
        this.codec = codec;
        this.saga = saga;
    }

    @Queue("${messaging.queues.rider-events:" + QUEUE + "}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume(StoreEventsListener.CONSUMER, body, properties, acknowledgement, this::handle);
    }

    void handle(EventEnvelope envelope) {
        if (!envelope.type().startsWith("delivery.")) {
            return;
        }
        Delivery delivery = codec.payload(envelope, Delivery.class);
        switch (envelope.type()) {
            case "delivery.assigned" -> saga.riderAssigned(orderId(envelope, delivery),
                    envelope.required("riderId", delivery.riderId()));
            case "delivery.picked-up" -> saga.pickedUp(orderId(envelope, delivery));
            case "delivery.delayed" -> saga.delayed(orderId(envelope, delivery),
                    delivery.reason() == null ? "the rider is delayed" : delivery.reason());
            case "delivery.completed" -> saga.delivered(orderId(envelope, delivery),
                    envelope.required("boxNumber", delivery.boxNumber()));
            default -> {
                // planning, waiting and reassignment do not change the order's status
            }
        }
    }

    private static UUID orderId(EventEnvelope envelope, Delivery delivery) {
        return envelope.required("orderId", delivery.orderId());
    }

    /** What the order service reads of the rider service's delivery events. */
    @Serdeable
    record Delivery(@Nullable UUID orderId, @Nullable UUID riderId, @Nullable String reason, @Nullable String boxNumber) {
    }
}
