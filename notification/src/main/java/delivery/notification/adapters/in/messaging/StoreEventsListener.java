package delivery.notification.adapters.in.messaging;

import com.rabbitmq.client.BasicProperties;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.messaging.inbox.InboundEvents;
import delivery.notification.application.port.in.NotifyRecipientsUseCase;
import delivery.notification.application.port.in.NotifyRecipientsUseCase.NotifyCommand;
import delivery.notification.domain.Recipient;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.serde.annotation.Serdeable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Tells store owners about their store's onboarding. */
@RabbitListener
class StoreEventsListener {

    static final String QUEUE = "notification.store-events";
    private static final Set<String> OWNER_EVENTS = Set.of("store.registered", "store.approved", "store.rejected");

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final NotifyRecipientsUseCase notifyRecipients;

    StoreEventsListener(InboundEvents inbound, EventCodec codec, NotifyRecipientsUseCase notifyRecipients) {
        this.inbound = inbound;
        this.codec = codec;
        this.notifyRecipients = notifyRecipients;
    }

    @Queue("${messaging.queues.store-events:" + QUEUE + "}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume("notification", body, properties, acknowledgement, this::handle);
    }

    private void handle(EventEnvelope envelope) {
        if (!OWNER_EVENTS.contains(envelope.type())) {
            return;
        }
        StoreMessage store = codec.payload(envelope, StoreMessage.class);
        Map<String, String> facts = new HashMap<>();
        facts.put("storeName", store.name());
        if (store.reason() != null) {
            facts.put("reason", store.reason());
        }
        notifyRecipients.notify(new NotifyCommand(envelope.eventId(), envelope.type(),
                List.of(new Recipient(store.ownerId(), Recipient.Role.OWNER)), facts));
    }

    /** What notification reads of the store's events (its side of the contract). */
    @Serdeable
    record StoreMessage(UUID storeId, UUID ownerId, String name, @Nullable String reason) {
    }
}
