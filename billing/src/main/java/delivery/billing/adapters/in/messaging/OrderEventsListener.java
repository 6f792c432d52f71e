package delivery.billing.adapters.in.messaging;

import com.rabbitmq.client.BasicProperties;
import delivery.billing.application.port.in.CancelOrderPaymentUseCase;
import delivery.billing.application.port.in.PayForOrderUseCase;
import delivery.billing.application.port.in.PayForOrderUseCase.PayForOrderCommand;
import delivery.billing.domain.OrderLine;
import delivery.billing.domain.PaymentMethod;
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

/** order.placed → payment; order.cancelled → refund and give back coupon and points. Other order events are ignored. */
@RabbitListener
class OrderEventsListener {

    static final String QUEUE = "billing.order-events";
    static final String CONSUMER = "billing";

    private final InboundEvents inbound;
    private final EventCodec codec;
    private final PayForOrderUseCase payForOrder;
    private final CancelOrderPaymentUseCase cancelOrderPayment;

    OrderEventsListener(InboundEvents inbound, EventCodec codec, PayForOrderUseCase payForOrder,
                        CancelOrderPaymentUseCase cancelOrderPayment) {
        this.inbound = inbound;
        this.codec = codec;
        this.payForOrder = payForOrder;
        this.cancelOrderPayment = cancelOrderPayment;
    }

    @Queue(value = "${messaging.queues.order-events:" + QUEUE + "}",
            numberOfConsumers = "${messaging.consumers.order-events:1}")
    void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume(CONSUMER, body, properties, acknowledgement, this::handle);
    }

    void handle(EventEnvelope envelope) {
        switch (envelope.type()) {
            case "order.placed" -> payForOrder.payForOrder(command(codec.payload(envelope, OrderPlacedMessage.class)));
            case "order.cancelled" -> {
                OrderCancelledMessage cancelled = codec.payload(envelope, OrderCancelledMessage.class);
                cancelOrderPayment.orderCancelled(required(cancelled.orderId(), "orderId"), cancelled.reason());
            }
            default -> {
            }
        }
    }

    static PayForOrderCommand command(OrderPlacedMessage placed) {
        PaymentMethod method;
        try {
            method = PaymentMethod.valueOf(placed.paymentMethod());
        } catch (RuntimeException e) {
            throw new UnreadableEventException("order.placed has paymentMethod " + placed.paymentMethod(), e);
        }
        List<OrderLine> lines = placed.items() == null ? List.of() : placed.items().stream().map(item -> {
            long unit = item.unitPrice();
            for (OptionMessage option : item.options() == null ? List.<OptionMessage>of() : item.options()) {
                unit = Math.addExact(unit, Math.multiplyExact(option.unitPrice(), option.quantity()));
            }
            return new OrderLine(item.productId(), item.quantity(), unit);
        }).toList();
        return new PayForOrderCommand(required(placed.orderId(), "orderId"), required(placed.customerId(), "customerId"),
                required(placed.storeId(), "storeId"), lines, placed.totalAmount(), method, placed.cardToken(),
                placed.couponCode(), placed.points() == null ? 0 : placed.points(), placed.placedAt());
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new UnreadableEventException("the event has no " + field, null);
        }
        return value;
    }

    /** What billing reads of order.placed (its side of the contract). */
    @Serdeable
    record OrderPlacedMessage(UUID orderId, UUID customerId, UUID storeId, @Nullable List<ItemMessage> items,
                              String paymentMethod, @Nullable String cardToken, @Nullable String couponCode,
                              @Nullable Long points, long totalAmount, @Nullable Instant placedAt) {
    }

    @Serdeable
    record ItemMessage(UUID productId, long unitPrice, int quantity, @Nullable List<OptionMessage> options) {
    }

    @Serdeable
    record OptionMessage(long unitPrice, int quantity) {
    }

    /** What billing reads of order.cancelled. */
    @Serdeable
    record OrderCancelledMessage(UUID orderId, @Nullable String reason) {
    }
}
