package delivery.rider.adapters.in.messaging;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.core.model.V4Pact;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

/** The envelope every event travels in, as rider expects it from a publisher's exchange. */
final class EventPacts {

    static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";

    private EventPacts() {
    }

    static V4Pact event(MessagePactBuilder builder, String exchange, String type, UUID exampleEventId,
                        String aggregateId, Consumer<LambdaDslObject> payload) {
        DslPart envelope = newJsonBody(body -> {
            body.uuid("eventId", exampleEventId);
            body.stringValue("type", type);
            body.integerType("version", 1);
            body.stringMatcher("occurredAt", INSTANT, "2026-03-02T02:30:00.123456Z");
            body.stringType("aggregateId", aggregateId);
            body.stringType("correlationId", "6b1c2f0e-request");
            body.object("payload", payload);
        }).build();
        return builder.expectsToReceive("a " + type + " event")
                .withMetadata(Map.of("exchange", exchange, "routingKey", type))
                .withContent(envelope)
                .toPact(V4Pact.class);
    }
}
