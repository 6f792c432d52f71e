package delivery.order.adapters.in.messaging;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.order.application.port.out.OrderRepository;
import delivery.order.domain.Order;
import delivery.order.domain.OrderStatus;
import delivery.order.domain.Orders;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

/** The envelope every event the order service consumes arrives in, as a Pact message. */
final class SagaEventPacts {

    private SagaEventPacts() {
    }

    /** The pact's message, its payload's orderId pointed at an order the test stored. */
    @SuppressWarnings("unchecked")
    static EventEnvelope about(UUID orderId, EventCodec codec, V4Interaction.AsynchronousMessage message) {
        EventEnvelope envelope = codec.decode(message.getContents().getContents().getValue());
        Map<String, Object> payload = new java.util.HashMap<>(codec.payload(envelope, Map.class));
        payload.put("orderId", orderId.toString());
        return new EventEnvelope(envelope.eventId(), envelope.type(), envelope.version(), envelope.occurredAt(),
                envelope.aggregateId(), envelope.correlationId(), codec.toTree(payload));
    }

    /**
     * Stores an order in the given status and lets the listener handle the pact's message about it,
     * in one transaction as the inbox would; returns the order's status afterwards.
     */
    static OrderStatus handled(V4Interaction.AsynchronousMessage message, OrderStatus before, EventCodec codec,
                               OrderRepository orders, TransactionOperations<Connection> transactions,
                               Consumer<EventEnvelope> listener) {
        Order order = Orders.in(before, Clock.systemUTC());
        EventEnvelope envelope = about(order.id(), codec, message);
        return transactions.executeWrite(status -> {
            orders.insert(order);
            listener.accept(envelope);
            return orders.findById(order.id()).orElseThrow().status();
        });
    }

    static V4Pact event(MessagePactBuilder builder, String exchange, String type, Consumer<LambdaDslObject> payload) {
        return event(builder, exchange, type, "b2000000-0000-4000-8000-000000000001", payload);
    }

    /**
     * The whole envelope as the provider's outbox publishes it, with metadata naming the exchange
     * and the routing key (the event type); the example event id keeps the pact file the same from run to run.
     */
    static V4Pact event(MessagePactBuilder builder, String exchange, String type, String exampleEventId,
                        Consumer<LambdaDslObject> payload) {
        DslPart envelope = newJsonBody(body -> {
            body.uuid("eventId", UUID.fromString(exampleEventId));
            body.stringValue("type", type);
            body.integerType("version", 1);
            body.stringMatcher("occurredAt", "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z",
                    "2026-03-02T02:30:00.123456Z");
            body.stringType("aggregateId", "7a000000-0000-4000-8000-000000000001");
            body.stringType("correlationId", "6b1c2f0e-request");
            body.object("payload", payload);
        }).build();
        return builder.expectsToReceive("a " + type + " event")
                .withMetadata(Map.of("exchange", exchange, "routingKey", type))
                .withContent(envelope)
                .toPact(V4Pact.class);
    }
}
