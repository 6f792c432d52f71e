package delivery.rider.adapters;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real RabbitMQ (test vhost) and PostgreSQL: store and order events in, deliveries and outbox events out. */
@MicronautTest(transactional = false)
class RiderEventsListenerTest {

    private static final Argument<List<Map<String, Object>>> JSON_ARRAY =
            Argument.listOf(Argument.mapOf(String.class, Object.class));

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    EventCodec codec;
    @Inject
    OutboxEvents outbox;
    Connection connection;
    Channel channel;
    UUID site;
    UUID slot;
    UUID rider;

    @BeforeEach
    void connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri("amqp://guest:guest@127.0.0.1:5672/test");
        connection = factory.newConnection("rider-tests");
        channel = connection.createChannel();
        site = UUID.randomUUID();
        slot = UUID.randomUUID();
        Map<?, ?> created = http.toBlocking().retrieve(HttpRequest.POST("/api/riders",
                Map.of("name", "Choi Yuna", "siteIds", List.of(site))), Map.class);
        rider = UUID.fromString((String) created.get("riderId"));
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void anAcceptedTicketGetsADeliveryAssignedToTheRiderOfItsSiteAndSlot() {
        UUID order = UUID.randomUUID();
        UUID store = UUID.randomUUID();
        publish("store.events", ticketAccepted(order, store));

        Map<String, Object> delivery = await().atMost(Duration.ofSeconds(20))
                .until(() -> deliveriesOf(order), list -> !list.isEmpty()).get(0);
        assertThat(delivery).containsEntry("riderId", rider.toString()).containsEntry("status", "ASSIGNED")
                .containsEntry("storeId", store.toString()).containsEntry("siteId", site.toString())
                .containsEntry("slotId", slot.toString());
        // the correlation id of the ticket travels on with the delivery's events
        assertThat(outbox.of(delivery.get("deliveryId"), "delivery.assigned")).singleElement()
                .satisfies(row -> assertThat(row.envelope()).containsEntry("correlationId", "test-ticket.accepted"));
    }

    @Test
    void aTicketDeliveredTwiceOrAcceptedTwiceGivesOneDelivery() throws Exception {
        UUID order = UUID.randomUUID();
        EventEnvelope accepted = ticketAccepted(order, UUID.randomUUID());
        publish("store.events", accepted);
        publish("store.events", accepted);
        publish("store.events", ticketAccepted(order, UUID.randomUUID())); // a second event for the same order
        publish("store.events", event("ticket.ready", Map.of("orderId", order, "storeId", UUID.randomUUID(),
                "siteId", site, "slotId", slot))); // not rider's business yet: ignored

        await().atMost(Duration.ofSeconds(20)).until(() -> deliveriesOf(order), list -> !list.isEmpty());
        Thread.sleep(1500); // time enough for the repeats to arrive and be dropped

        List<Map<String, Object>> deliveries = deliveriesOf(order);
        assertThat(deliveries).hasSize(1);
        assertThat(outbox.of(deliveries.get(0).get("deliveryId"), "delivery.assigned")).hasSize(1);
    }

    @Test
    void anOrderCancelledBeforePickupDropsItsDelivery() {
        UUID order = UUID.randomUUID();
        publish("store.events", ticketAccepted(order, UUID.randomUUID()));
        Map<String, Object> delivery = await().atMost(Duration.ofSeconds(20))
                .until(() -> deliveriesOf(order), list -> !list.isEmpty()).get(0);

        publish("order.events", event("order.cancelled", Map.of("orderId", order, "customerId", UUID.randomUUID(),
                "storeId", UUID.randomUUID(), "reason", "customer changed their mind", "cancelledBy", "CUSTOMER",
                "previousStatus", "ACCEPTED")));

        await().atMost(Duration.ofSeconds(20)).until(() -> deliveriesOf(order).get(0).get("status"), "CANCELLED"::equals);
        assertThat(outbox.of(delivery.get("deliveryId"), "delivery.cancelled")).singleElement()
                .satisfies(row -> assertThat(row.payload()).isEqualTo(Map.of("deliveryId", delivery.get("deliveryId"),
                        "orderId", order.toString(), "reason", "customer changed their mind")));
    }

    private EventEnvelope ticketAccepted(UUID order, UUID store) {
        return event("ticket.accepted", Map.of("orderId", order, "storeId", store, "siteId", site, "slotId", slot,
                "acceptedAt", Instant.now().toString()));
    }

    private EventEnvelope event(String type, Map<String, Object> payload) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), payload.get("orderId").toString(),
                "test-" + type, codec.toTree(payload));
    }

    private void publish(String exchange, EventEnvelope envelope) {
        try {
            channel.basicPublish(exchange, envelope.type(), new AMQP.BasicProperties.Builder()
                    .messageId(envelope.eventId().toString()).contentType("application/json").build(),
                    codec.encode(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, Object>> deliveriesOf(UUID order) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/deliveries?orderId=" + order), JSON_ARRAY);
    }
}
