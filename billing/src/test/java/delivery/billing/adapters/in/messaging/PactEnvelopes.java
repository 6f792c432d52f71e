package delivery.billing.adapters.in.messaging;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

/** The envelope every event travels in, as the consumer pacts of billing expect it. */
final class PactEnvelopes {

    static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";

    private PactEnvelopes() {
    }

    static V4Pact event(MessagePactBuilder builder, String exchange, String type, String exampleEventId,
                        Consumer<LambdaDslObject> payload) {
        DslPart envelope = newJsonBody(body -> {
            body.uuid("eventId", UUID.fromString(exampleEventId));
            body.stringValue("type", type);
            body.integerType("version", 1);
            body.stringMatcher("occurredAt", INSTANT, "2026-03-02T02:30:00.123456Z");
            body.stringType("aggregateId", "5a6b7c8d-9e0f-4102-8324-a5b6c7d8e9f0");
            body.stringType("correlationId", "6b1c2f0e-request");
            body.object("payload", payload);
        }).build();
        return builder.expectsToReceive("a " + type + " event")
                .withMetadata(Map.of("exchange", exchange, "routingKey", type))
                .withContent(envelope)
                .toPact(V4Pact.class);
    }

    static byte[] body(V4Interaction.AsynchronousMessage message) {
        return message.getContents().getContents().getValue();
    }
}
