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

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Payments, told to the customer by the service that handles the money. */
@RabbitListener
class BillingEventsListener {

    static final String QUEUE = "notification.billing-events";

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final NotifyAboutEventUseCase notify;

    BillingEventsListener(InboundEvents inbound, EventCodec codec, NotifyAboutEventUseCase notify) {
        this.inbound = inbound;
        this.codec = codec;
        this.notify = notify;
    }

    @Queue("${messaging.queues.billing-events:" + QUEUE + "}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume("notification", body, properties, acknowledgement,
                envelope -> notice(envelope).ifPresent(notify::handle));
    }

    Optional<EventNotice> notice(EventEnvelope envelope) {
        if (!envelope.type().startsWith("payment.")) {
            return Optional.empty();
        }
        PaymentMessage payment = codec.payload(envelope, PaymentMessage.class);
        return Optional.of(new EventNotice(envelope.eventId(), envelope.type(), payment.orderId(),
                payment.customerId(), null, null, null, null, new Facts()
                .amount("amount", payment.amount())
                .put("method", payment.method())
                .put("accountNumber", payment.accountNumber())
                .time("expiresAt", payment.expiresAt())
                .put("reason", payment.reason())
                .put("partial", Boolean.FALSE.equals(payment.full()) ? "true" : null)
                .values()));
    }

    /** What notification reads of billing's payment events (its side of the contract). */
    @Serdeable
    record PaymentMessage(UUID orderId, UUID customerId, @Nullable String method, @Nullable Long amount,
                          @Nullable String accountNumber, @Nullable Instant expiresAt, @Nullable String reason,
                          @Nullable Boolean full) {
    }
}
