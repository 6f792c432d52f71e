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

/** Moves orders on as billing announces their payments (billing.events). */
@RabbitListener
class BillingEventsListener {

    static final String QUEUE = "order.billing-events";

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final FollowSagaUseCase saga;

    BillingEventsListener(InboundEvents inbound, EventCodec codec, FollowSagaUseCase saga) {
        this.inbound = inbound;
        this.codec = codec;
        this.saga = saga;
    }

    @Queue("${messaging.queues.billing-events:" + QUEUE + "}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume(StoreEventsListener.CONSUMER, body, properties, acknowledgement, this::handle);
    }

    void handle(EventEnvelope envelope) {
        switch (envelope.type()) {
            case "payment.approved" -> saga.paymentApproved(orderId(envelope));
            case "payment.rejected" -> saga.paymentRejected(orderId(envelope),
                    reasonOr(envelope, "the payment was refused"));
            case "payment.refunded" -> {
                Payment payment = codec.payload(envelope, Payment.class);
                if (payment.full() == null || payment.full()) {
                    saga.paymentRefunded(orderId(envelope));
                }
            }
            default -> {
                // pending, captured and settlement events change nothing in the order's status
            }
        }
    }

    private UUID orderId(EventEnvelope envelope) {
        return envelope.required("orderId", codec.payload(envelope, Payment.class).orderId());
    }

    private String reasonOr(EventEnvelope envelope, String fallback) {
        String reason = codec.payload(envelope, Payment.class).reason();
        return reason == null || reason.isBlank() ? fallback : reason;
    }

    /** What the order service reads of billing's payment events. */
    @Serdeable
    record Payment(@Nullable UUID orderId, @Nullable String reason, @Nullable Boolean full) {
    }
}
