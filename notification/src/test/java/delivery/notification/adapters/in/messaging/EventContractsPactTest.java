package delivery.notification.adapters.in.messaging;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.annotations.Pact;
import au.com.dius.pact.core.model.messaging.Message;
import au.com.dius.pact.core.model.messaging.MessagePact;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.notification.application.port.in.NotifyAboutEventUseCase.EventNotice;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Message pacts: each event notification consumes, as its publisher must keep sending it (the
 * fields notification reads, matched by type), written to contracts/pacts/notification-<provider>.json.
 * Each message is read by the listener that reads it in production.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V3)
class EventContractsPactTest {

    private static final String ID = "6f1c2b3a-0d4e-4f5a-8b6c-7d8e9f0a1b2c";
    private final EventCodec codec = new EventCodec(ObjectMapper.getDefault());

    @Pact(consumer = "notification", provider = "store")
    MessagePact storeEvents(MessagePactBuilder builder) {
        Map<String, Map<String, Object>> events = new LinkedHashMap<>();
        Map<String, Object> store = Map.of("storeId", ID, "ownerId", ID, "name", "Campus Kimbap");
        events.put("store.registered", store);
        events.put("store.approved", store);
        events.put("store.rejected", with(store, "reason", "no hygiene certificate"));
        events.put("ticket.accepted", Map.of("orderId", ID, "storeId", ID));
        events.put("ticket.rejected", Map.of("orderId", ID, "storeId", ID, "reason", "store did not confirm"));
        events.put("ticket.ready", Map.of("orderId", ID, "storeId", ID));
        return messages(builder, events);
    }

    @Pact(consumer = "notification", provider = "order")
    MessagePact orderEvents(MessagePactBuilder builder) {
        Map<String, Map<String, Object>> events = new LinkedHashMap<>();
        events.put("order.placed", Map.of("orderId", ID, "customerId", ID, "storeId", ID, "totalAmount", 12000));
        events.put("order.confirmed", Map.of("orderId", ID, "customerId", ID, "storeId", ID, "totalAmount", 12000));
        events.put("order.cancelled", Map.of("orderId", ID, "customerId", ID, "storeId", ID,
                "reason", "changed my mind", "cancelledBy", "CUSTOMER"));
        return messages(builder, events);
    }

    @Pact(consumer = "notification", provider = "billing")
    MessagePact billingEvents(MessagePactBuilder builder) {
        Map<String, Map<String, Object>> events = new LinkedHashMap<>();
        events.put("payment.pending", Map.of("paymentId", ID, "orderId", ID, "customerId", ID,
                "method", "VIRTUAL_ACCOUNT", "amount", 12000, "accountNumber", "110-123-456789",
                "expiresAt", "2026-01-01T12:00:00Z"));
        events.put("payment.approved", Map.of("paymentId", ID, "orderId", ID, "customerId", ID,
                "method", "CARD", "amount", 12000));
        events.put("payment.rejected", Map.of("paymentId", ID, "orderId", ID, "customerId", ID,
                "method", "CARD", "reason", "card declined"));
        events.put("payment.refunded", Map.of("paymentId", ID, "orderId", ID, "customerId", ID,
                "amount", 12000, "reason", "order cancelled", "full", true));
        return messages(builder, events);
    }

    @Pact(consumer = "notification", provider = "rider")
    MessagePact riderEvents(MessagePactBuilder builder) {
        Map<String, Map<String, Object>> events = new LinkedHashMap<>();
        events.put("delivery.waiting-for-rider", Map.of("deliveryId", ID, "orderId", ID));
        events.put("delivery.assigned", Map.of("deliveryId", ID, "orderId", ID, "riderId", ID, "storeId", ID));
        events.put("delivery.unassigned", Map.of("deliveryId", ID, "orderId", ID, "riderId", ID, "reason", "sick"));
        events.put("delivery.picked-up", Map.of("deliveryId", ID, "orderId", ID, "riderId", ID));
        events.put("delivery.delayed", Map.of("deliveryId", ID, "orderId", ID, "riderId", ID, "reason", "rain"));
        events.put("delivery.completed", Map.of("deliveryId", ID, "orderId", ID, "riderId", ID, "storeId", ID,
                "boxNumber", "A-12"));
        events.put("delivery.missing-reported", Map.of("deliveryId", ID, "orderId", ID, "storeId", ID,
                "riderId", ID, "fault", "STORE", "resolution", "REFUND"));
        events.put("delivery.cancelled", Map.of("deliveryId", ID, "orderId", ID, "reason", "order cancelled"));
        return messages(builder, events);
    }

    @Test
    @PactTestFor(pactMethod = "storeEvents")
    void storeEventsAreRead(List<Message> messages) {
        StoreEventsListener listener = new StoreEventsListener(null, codec, null);
        assertEveryMessageIsRead(messages, listener::notice);
    }

    @Test
    @PactTestFor(pactMethod = "orderEvents")
    void orderEventsAreRead(List<Message> messages) {
        OrderEventsListener listener = new OrderEventsListener(null, codec, null);
        assertEveryMessageIsRead(messages, listener::notice);
    }

    @Test
    @PactTestFor(pactMethod = "billingEvents")
    void billingEventsAreRead(List<Message> messages) {
        BillingEventsListener listener = new BillingEventsListener(null, codec, null);
        assertEveryMessageIsRead(messages, listener::notice);
    }

    @Test
    @PactTestFor(pactMethod = "riderEvents")
    void riderEventsAreRead(List<Message> messages) {
        RiderEventsListener listener = new RiderEventsListener(null, codec, null);
        assertEveryMessageIsRead(messages, listener::notice);
    }

    private void assertEveryMessageIsRead(List<Message> messages, Function<EventEnvelope, Optional<EventNotice>> read) {
        assertThat(messages).isNotEmpty();
        for (Message message : messages) {
            EventEnvelope envelope = codec.decode(message.contentsAsBytes());
            EventNotice notice = read.apply(envelope).orElseThrow(
                    () -> new AssertionError(envelope.type() + " was not read"));
            assertThat(notice.type()).isEqualTo(envelope.type());
            assertThat(notice.eventId()).isEqualTo(envelope.eventId());
            assertThat(notice.orderId() != null || notice.storeId() != null).as(envelope.type()).isTrue();
        }
    }

    private static MessagePact messages(MessagePactBuilder builder, Map<String, Map<String, Object>> events) {
        MessagePactBuilder pact = builder;
        for (Map.Entry<String, Map<String, Object>> event : events.entrySet()) {
            pact = pact.expectsToReceive("a " + event.getKey() + " event")
                    .withMetadata(Map.of("contentType", "application/json"))
                    .withContent(envelope(event.getKey(), event.getValue()));
        }
        return pact.toPact();
    }

    /** The envelope with the exact type and every payload field matched by its type. */
    private static PactDslJsonBody envelope(String type, Map<String, Object> payload) {
        PactDslJsonBody body = new PactDslJsonBody()
                .uuid("eventId", UUID.fromString(ID))
                .stringValue("type", type)
                .integerType("version", 1)
                .stringMatcher("occurredAt", "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", "2026-01-01T09:00:00Z")
                .stringType("aggregateId", ID)
                .stringType("correlationId", "req-1");
        PactDslJsonBody fields = body.object("payload");
        payload.forEach((name, value) -> {
            if (value instanceof String text && text.equals(ID)) {
                fields.uuid(name, UUID.fromString(ID));
            } else if (value instanceof String text) {
                fields.stringType(name, text);
            } else if (value instanceof Integer number) {
                fields.integerType(name, number);
            } else if (value instanceof Boolean flag) {
                fields.booleanType(name, flag);
            }
        });
        return fields.closeObject().asBody();
    }

    private static Map<String, Object> with(Map<String, Object> map, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(map);
        copy.put(name, value);
        return copy;
    }
}
