package delivery.order.adapters.out.messaging;

import delivery.messaging.outbox.Outbox;
import delivery.order.application.port.out.OrderEventPublisher;
import delivery.order.domain.OrderAccepted;
import delivery.order.domain.OrderCancelled;
import delivery.order.domain.OrderConfirmed;
import delivery.order.domain.OrderDelayed;
import delivery.order.domain.OrderDelivered;
import delivery.order.domain.OrderEvent;
import delivery.order.domain.OrderLine;
import delivery.order.domain.OrderLineOption;
import delivery.order.domain.OrderPaymentFailed;
import delivery.order.domain.OrderPickedUp;
import delivery.order.domain.OrderPlaced;
import delivery.order.domain.OrderRefunded;
import delivery.order.domain.OrderRiderAssigned;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

import java.util.Map;

/**
 * Writes the order's events to the outbox of the current transaction, on exchange
 * {@code order.events}; the event type is also the routing key.
 */
@Singleton
@SerdeImport(OrderPlaced.class)
@SerdeImport(OrderConfirmed.class)
@SerdeImport(OrderPaymentFailed.class)
@SerdeImport(OrderAccepted.class)
@SerdeImport(OrderCancelled.class)
@SerdeImport(OrderRefunded.class)
@SerdeImport(OrderRiderAssigned.class)
@SerdeImport(OrderPickedUp.class)
@SerdeImport(OrderDelayed.class)
@SerdeImport(OrderDelivered.class)
@SerdeImport(OrderLine.class)
@SerdeImport(OrderLineOption.class)
class OrderEventsOutboxAdapter implements OrderEventPublisher {

    static final String EXCHANGE = "order.events";
    static final int VERSION = 1;

    static final Map<Class<? extends OrderEvent>, String> TYPES = Map.of(
            OrderPlaced.class, "order.placed",
            OrderConfirmed.class, "order.confirmed",
            OrderPaymentFailed.class, "order.payment-failed",
            OrderAccepted.class, "order.accepted",
            OrderCancelled.class, "order.cancelled",
            OrderRefunded.class, "order.refunded",
            OrderRiderAssigned.class, "order.rider-assigned",
            OrderPickedUp.class, "order.picked-up",
            OrderDelayed.class, "order.delayed",
            OrderDelivered.class, "order.delivered");

    private final Outbox outbox;

    OrderEventsOutboxAdapter(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(OrderEvent event) {
        outbox.append(EXCHANGE, type(event), VERSION, event.orderId().toString(), event);
    }

    static String type(OrderEvent event) {
        String type = TYPES.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException("no event type for " + event.getClass().getSimpleName());
        }
        return type;
    }
}
