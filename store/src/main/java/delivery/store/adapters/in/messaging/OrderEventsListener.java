package delivery.store.adapters.in.messaging;

import com.rabbitmq.client.BasicProperties;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.messaging.UnreadableEventException;
import delivery.messaging.inbox.InboundEvents;
import delivery.store.application.port.in.CancelTicketUseCase;
import delivery.store.application.port.in.OpenTicketUseCase;
import delivery.store.application.port.in.OpenTicketUseCase.OpenTicketCommand;
import delivery.store.domain.InvalidValueException;
import delivery.store.domain.TicketLine;
import delivery.store.domain.TicketLineOption;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Opens a ticket for each confirmed order and drops it when the order is cancelled first. */
@RabbitListener
class OrderEventsListener {

    static final String QUEUE = "store.order-events";
    static final String CONSUMER = "store";

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final OpenTicketUseCase openTicket;
    private final CancelTicketUseCase cancelTicket;

    OrderEventsListener(InboundEvents inbound, EventCodec codec, OpenTicketUseCase openTicket,
                        CancelTicketUseCase cancelTicket) {
        this.inbound = inbound;
        this.codec = codec;
        this.openTicket = openTicket;
        this.cancelTicket = cancelTicket;
    }

    @Queue("${messaging.queues.order-events:" + QUEUE + "}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume(CONSUMER, body, properties, acknowledgement, this::handle);
    }

    private void handle(EventEnvelope envelope) {
        switch (envelope.type()) {
            case "order.confirmed" -> opened(envelope, codec.payload(envelope, OrderConfirmedMessage.class));
            case "order.cancelled" -> cancelTicket.orderCancelled(
                    required(envelope, codec.payload(envelope, OrderCancelledMessage.class).orderId()));
            default -> {
                // the store has nothing to do for the order's other steps
            }
        }
    }

    private void opened(EventEnvelope envelope, OrderConfirmedMessage order) {
        try {
            List<TicketLine> items = order.items() == null ? List.of() : order.items().stream()
                    .map(item -> new TicketLine(item.productId(), item.name(), item.unitPrice(), item.quantity(),
                            item.options() == null ? List.of() : item.options().stream()
                                    .map(option -> new TicketLineOption(option.name(), option.unitPrice(),
                                            option.quantity())).toList()))
                    .toList();
            openTicket.openTicket(new OpenTicketCommand(required(envelope, order.orderId()),
                    required(envelope, order.storeId()), required(envelope, order.siteId()),
                    required(envelope, order.slotId()), items, order.note(), order.totalAmount()));
        } catch (InvalidValueException e) {
            // the same message would fail the same way on every delivery
            throw new UnreadableEventException("order.confirmed " + envelope.eventId() + ": " + e.getMessage(), e);
        }
    }

    private static UUID required(EventEnvelope envelope, UUID id) {
        if (id == null) {
            throw new UnreadableEventException(envelope.type() + " " + envelope.eventId() + " lacks an id", null);
        }
        return id;
    }

    /** What the store reads of {@code order.confirmed} (its side of the contract). */
    @Serdeable
    record OrderConfirmedMessage(UUID orderId, UUID storeId, UUID siteId, UUID slotId, @Nullable List<LineMessage> items,
                                 @Nullable String note, long totalAmount) {
    }

    @Serdeable
    record LineMessage(UUID productId, String name, long unitPrice, int quantity,
                       @Nullable List<OptionMessage> options) {
    }

    @Serdeable
    record OptionMessage(String name, long unitPrice, int quantity) {
    }

    /** What the store reads of {@code order.cancelled}. */
    @Serdeable
    record OrderCancelledMessage(UUID orderId) {
    }
}
