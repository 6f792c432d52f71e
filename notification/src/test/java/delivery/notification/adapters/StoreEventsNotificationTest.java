package delivery.notification.adapters;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Real RabbitMQ and PostgreSQL: store events in, stored and sent notifications out through the HTTP API. */
@MicronautTest(transactional = false)
class StoreEventsNotificationTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    EventCodec codec;
    TestEvents events;

    @BeforeEach
    void connect() throws Exception {
        events = new TestEvents(codec);
        events.purge();
    }

    @AfterEach
    void close() throws Exception {
        events.close();
    }

    @Test
    void theOwnerIsToldOnceAboutTheirStoreEvenWhenAnEventArrivesTwice() throws Exception {
        UUID owner = UUID.randomUUID();
        UUID storeId = UUID.randomUUID();
        http.toBlocking().exchange(HttpRequest.PUT("/api/notifications/preferences/" + owner,
                Map.of("email", false, "push", true, "language", "en")));
        EventEnvelope registered = events.envelope("store.registered", store(storeId, owner, null));
        events.publish("store.events", registered);
        events.publish("store.events", registered);
        events.publish("store.events", "store.rejected", store(storeId, owner, "no hygiene certificate"));

        List<Map<String, Object>> notifications = await().atMost(Duration.ofSeconds(10))
                .until(() -> notificationsOf(owner), list -> list.size() >= 2
                        && list.stream().allMatch(n -> "SENT".equals(n.get("status"))));
        Thread.sleep(500); // time enough for the duplicate to arrive and be dropped

        notifications = notificationsOf(owner);
        assertThat(notifications).extracting(n -> n.get("type")).containsExactly("store.rejected", "store.registered");
        assertThat(notifications).allSatisfy(n -> {
            assertThat(n.get("channel")).isEqualTo("PUSH");
            assertThat(n.get("recipientId")).isEqualTo(owner.toString());
            assertThat(n.get("sentAt")).isNotNull();
            assertThat(n.get("attempts")).isEqualTo(1);
            assertThat(n.get("lastError")).isNull();
        });
        assertThat((String) notifications.get(0).get("body")).contains("Campus Kimbap").contains("no hygiene certificate");
        assertThat((String) notifications.get(1).get("subject")).isEqualTo("We received the application of Campus Kimbap");
    }

    @Test
    void ownersReadKoreanUnlessTheyChoseEnglish() {
        UUID owner = UUID.randomUUID();
        events.publish("store.events", "store.approved", store(UUID.randomUUID(), owner, null));

        List<Map<String, Object>> notifications = await().atMost(Duration.ofSeconds(10))
                .until(() -> notificationsOf(owner), list -> list.size() == 1);
        assertThat(notifications.get(0).get("subject")).isEqualTo("Campus Kimbap 입점이 승인되었습니다");
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/notifications/preferences/" + owner), Map.class))
                .containsEntry("language", "ko");
    }

    @Test
    void anOwnerWhoOptedIntoEmailGetsOneNotificationPerChannel() {
        UUID owner = UUID.randomUUID();
        http.toBlocking().exchange(HttpRequest.PUT("/api/notifications/preferences/" + owner,
                Map.of("email", true, "emailAddress", "owner-" + owner + "@example.com", "push", true)));

        events.publish("store.events", "store.approved", store(UUID.randomUUID(), owner, null));

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
    void anUnknownLanguageIsABadRequestNamingTheField() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.PUT(
                "/api/notifications/preferences/" + UUID.randomUUID(),
                Map.of("email", false, "push", true, "language", "fr"))))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(400);
                    assertThat(e.getResponse().getBody(Map.class)).hasValueSatisfying(
                            body -> assertThat(body.get("field")).isEqualTo("language"));
                });
    }

    @Test
    void listingWithoutARecipientIsABadRequest() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/notifications")))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(400));
    }

    private static Map<String, Object> store(UUID storeId, UUID owner, String reason) {
        Map<String, Object> payload = new HashMap<>(Map.of("storeId", storeId, "ownerId", owner, "name", "Campus Kimbap"));
        if (reason != null) {
            payload.put("reason", reason);
        }
        return payload;
    }

    private List<Map<String, Object>> notificationsOf(UUID recipient) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/notifications?recipientId=" + recipient),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
