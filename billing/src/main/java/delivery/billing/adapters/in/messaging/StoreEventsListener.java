package delivery.billing.adapters.in.messaging;

import com.rabbitmq.client.BasicProperties;
import delivery.billing.application.port.in.RecordStoreTermsUseCase;
import delivery.billing.domain.Commission;
import delivery.billing.domain.CommissionType;
import delivery.billing.domain.InvalidValueException;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.messaging.UnreadableEventException;
import delivery.messaging.inbox.InboundEvents;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** store.registered → the store's commission terms. */
@RabbitListener
class StoreEventsListener {

    static final String QUEUE = "billing.store-events";

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final RecordStoreTermsUseCase recordTerms;

    StoreEventsListener(InboundEvents inbound, EventCodec codec, RecordStoreTermsUseCase recordTerms) {
        this.inbound = inbound;
        this.codec = codec;
        this.recordTerms = recordTerms;
    }

    @Queue("${messaging.queues.store-events:" + QUEUE + "}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume(OrderEventsListener.CONSUMER, body, properties, acknowledgement, this::handle);
    }

    void handle(EventEnvelope envelope) {
        if (!"store.registered".equals(envelope.type())) {
            return;
        }
        StoreRegisteredMessage registered = codec.payload(envelope, StoreRegisteredMessage.class);
        if (registered.storeId() == null) {
            throw new UnreadableEventException("store.registered has no storeId", null);
        }
        recordTerms.recordTerms(registered.storeId(), commission(registered));
    }

    static Commission commission(StoreRegisteredMessage registered) {
        try {
            return new Commission(CommissionType.valueOf(registered.commissionType()), registered.commissionValue());
        } catch (IllegalArgumentException | NullPointerException | InvalidValueException e) {
            throw new UnreadableEventException("store.registered has commission " + registered.commissionType()
                    + " " + registered.commissionValue(), e);
        }
    }

    /** What billing reads of store.registered: the commission terms (RATE in basis points, FIXED in KRW). */
    @Serdeable
    record StoreRegisteredMessage(UUID storeId, String commissionType, long commissionValue) {
    }
}
