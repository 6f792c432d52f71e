package delivery.billing.adapters.in.messaging;

import com.rabbitmq.client.BasicProperties;
import delivery.billing.application.port.in.SettleDeliveryUseCase;
import delivery.billing.application.port.in.SettleDeliveryUseCase.MissingItemsCommand;
import delivery.billing.domain.Fault;
import delivery.billing.domain.MissingItem;
import delivery.billing.domain.Resolution;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.messaging.UnreadableEventException;
import delivery.messaging.inbox.InboundEvents;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** delivery.completed → capture and settlement; delivery.missing-reported → refund and deduction by fault. */
@RabbitListener
class RiderEventsListener {

    static final String QUEUE = "billing.rider-events";

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final SettleDeliveryUseCase settleDelivery;

    RiderEventsListener(InboundEvents inbound, EventCodec codec, SettleDeliveryUseCase settleDelivery) {
        this.inbound = inbound;
        this.codec = codec;
        this.settleDelivery = settleDelivery;
    }

    @Queue(value = "${messaging.queues.rider-events:" + QUEUE + "}",
            numberOfConsumers = "${messaging.consumers.rider-events:1}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume(OrderEventsListener.CONSUMER, body, properties, acknowledgement, this::handle);
    }

    void handle(EventEnvelope envelope) {
        switch (envelope.type()) {
            case "delivery.completed" -> {
                DeliveryCompletedMessage completed = codec.payload(envelope, DeliveryCompletedMessage.class);
                settleDelivery.deliveryCompleted(required(completed.orderId(), "orderId"),
                        completed.completedAt() == null ? envelope.occurredAt() : completed.completedAt());
            }
            case "delivery.missing-reported" -> settleDelivery.missingItemsReported(
                    command(codec.payload(envelope, MissingReportedMessage.class), envelope.occurredAt()));
            default -> {
            }
        }
    }

    static MissingItemsCommand command(MissingReportedMessage missing, Instant reportedAt) {
        try {
            List<MissingItem> items = missing.items() == null ? List.of()
                    : missing.items().stream().map(item -> new MissingItem(item.productId(), item.quantity())).toList();
            return new MissingItemsCommand(required(missing.orderId(), "orderId"), Fault.valueOf(missing.fault()),
                    Resolution.valueOf(missing.resolution()), items, reportedAt);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEventException("delivery.missing-reported has fault " + missing.fault()
                    + " and resolution " + missing.resolution(), e);
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new UnreadableEventException("the event has no " + field, null);
        }
        return value;
    }

    @Serdeable
    record DeliveryCompletedMessage(UUID orderId, @Nullable UUID storeId, @Nullable Instant completedAt) {
    }

    @Serdeable
    record MissingReportedMessage(UUID orderId, @Nullable UUID storeId, String fault, String resolution,
                                  @Nullable List<MissingItemMessage> items) {
    }

    @Serdeable
    record MissingItemMessage(UUID productId, int quantity) {
    }
}
