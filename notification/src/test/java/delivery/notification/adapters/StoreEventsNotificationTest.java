package delivery.notification.adapters;

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
import io.micronaut.http.client.exceptions.HttpClientResponseException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Real RabbitMQ and PostgreSQL: store events in, stored notifications out through the HTTP API. */
@MicronautTest(transactional = false)
class StoreEventsNotificationTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    EventCodec codec;
    Connection connection;
    Channel channel;

    @BeforeEach
    void connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri("amqp://guest:guest@127.0.0.1:5672/test");
        connection = factory.newConnection("notification-tests");
        channel = connection.createChannel();
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void theOwnerIsToldOnceAboutTheirStoreEvenWhenAnEventArrivesTwice() throws Exception {
        UUID owner = UUID.randomUUID();
        UUID storeId = UUID.randomUUID();
        EventEnvelope registered = storeEvent("store.registered", storeId, owner, null);
        publish(registered);
        publish(registered);
        publish(storeEvent("store.rejected", storeId, owner, "no hygiene certificate"));

        List<Map<String, Object>> notifications = await().atMost(Duration.ofSeconds(10))
                .until(() -> notificationsOf(owner), list -> list.size() >= 2);
        Thread.sleep(500); // time enough for the duplicate to arrive and be dropped

        notifications = notificationsOf(owner);
        assertThat(notifications).extracting(n -> n.get("type")).containsExactly("store.rejected", "store.registered");
        assertThat(notifications).allSatisfy(n -> {
            assertThat(n.get("channel")).isEqualTo("PUSH");
            assertThat(n.get("status")).isEqualTo("PENDING");
            assertThat(n.get("recipientId")).isEqualTo(owner.toString());
        });
        assertThat((String) notifications.get(0).get("body")).contains("Campus Kimbap").contains("no hygiene certificate");
        assertThat((String) notifications.get(1).get("subject")).contains("Campus Kimbap");
    }

    @Test
    void anOwnerWhoOptedIntoEmailGetsOneNotificationPerChannel() {
        UUID owner = UUID.randomUUID();
        http.toBlocking().exchange(HttpRequest.PUT("/api/notifications/preferences/" + owner,
                Map.of("email", true, "emailAddress", "owner@example.com", "push", true)));

        publish(storeEvent("store.approved", UUID.randomUUID(), owner, null));

        List<Map<String, Object>> notifications = await().atMost(Duration.ofSeconds(10))
                .until(() -> notificationsOf(owner), list -> list.size() == 2);
        assertThat(notifications).extracting(n -> n.get("channel")).containsExactlyInAnyOrder("EMAIL", "PUSH");
    }

    @Test
    void emailWithoutAnAddressIsABadRequestNamingTheField() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.PUT(
                "/api/notifications/preferences/" + UUID.randomUUID(), Map.of("email", true, "push", true))))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(400);
                    assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                            type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
                    assertThat(e.getResponse().getBody(Map.class)).hasValueSatisfying(
                            body -> assertThat(body.get("field")).isEqualTo("emailAddress"));
                });
    }

    @Test
    void listingWithoutARecipientIsABadRequest() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/notifications")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(400));
    }

    private EventEnvelope storeEvent(String type, UUID storeId, UUID owner, String reason) {
        Map<String, Object> payload = reason == null
                ? Map.of("storeId", storeId, "ownerId", owner, "name", "Campus Kimbap")
                : Map.of("storeId", storeId, "ownerId", owner, "name", "Campus Kimbap", "reason", reason);
        return new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), storeId.toString(), "test-" + type,
                codec.toTree(payload));
    }

    private void publish(EventEnvelope envelope) {
        try {
            channel.basicPublish("store.events", envelope.type(), new AMQP.BasicProperties.Builder()
                    .messageId(envelope.eventId().toString()).contentType("application/json").build(), codec.encode(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Map<String, Object>> notificationsOf(UUID recipient) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/notifications?recipientId=" + recipient),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
