package delivery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One real event path between two services: the store's onboarding events, written to its
 * outbox and relayed through RabbitMQ, become the owner's notifications in the notification service.
 */
class StoreOwnerNotificationIT {

    @Test
    void anOwnerHearsThatTheirStoreWasReceivedAndThenApproved() {
        UUID owner = UUID.randomUUID();
        String storeId = registerStore(owner, "Campus Tteokbokki");

        JsonNode received = await().atMost(Duration.ofSeconds(10)).until(() -> notificationsOf(owner), list -> list.size() == 1);
        assertThat(received.get(0).get("type").asText()).isEqualTo("store.registered");
        assertThat(received.get(0).get("subject").asText()).contains("Campus Tteokbokki");

        Edge.Reply approved = Edge.post("/api/stores/" + storeId + "/approve", Map.of());
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().get("status").asText()).isEqualTo("APPROVED");

        JsonNode both = await().atMost(Duration.ofSeconds(10)).until(() -> notificationsOf(owner), list -> list.size() == 2);
        assertThat(both.get(0).get("type").asText()).isEqualTo("store.approved");

        Edge.Reply again = Edge.post("/api/stores/" + storeId + "/approve", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    static String registerStore(UUID owner, String name) {
        String siteId = Edge.post("/api/sites", Map.of("name", "Science campus", "address", "3 Lab Rd")).body().get("siteId").asText();
        Edge.Reply store = Edge.post("/api/stores", Map.of("name", name, "ownerId", owner.toString(),
                "openTime", "09:00", "closeTime", "21:00", "siteIds", List.of(siteId), "capacityPerSlot", 30,
                "commission", Map.of("type", "RATE", "value", 1000)));
        assertThat(store.status()).isEqualTo(201);
        assertThat(store.body().get("status").asText()).isEqualTo("PENDING_REVIEW");
        return store.body().get("storeId").asText();
    }

    static JsonNode notificationsOf(UUID recipient) {
        return Edge.get("/api/notifications?recipientId=" + recipient).body();
    }
}
