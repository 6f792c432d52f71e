package delivery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An instance that goes away leaves Consul's passing set, the edge stops routing to it and
 * answers with a fast 503 problem; events meant for it wait in its queue until it is back.
 */
class ServiceOutageIT {

    private static final String SERVICE = "notification";

    @Test
    void aStoppedServiceIsTakenOutOfTheEdgeAndItsEventsWaitForIt() {
        Platform.services("stop", SERVICE);
        try {
            assertThat(Platform.passingInstances(SERVICE)).isEmpty();
            Edge.Reply refused = await().atMost(Duration.ofSeconds(15))
                    .until(() -> Edge.get("/api/notifications?recipientId=" + UUID.randomUUID()), reply -> reply.status() == 503);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.took()).isLessThan(Duration.ofSeconds(2));

            UUID owner = UUID.randomUUID();
            StoreOwnerNotificationIT.registerStore(owner, "Night Owl Chicken");
            Platform.services("start", SERVICE);

            JsonNode told = await().atMost(Duration.ofSeconds(30))
                    .until(() -> StoreOwnerNotificationIT.notificationsOf(owner), list -> list.isArray() && list.size() == 1);
            assertThat(told.get(0).get("type").asText()).isEqualTo("store.registered");
        } finally {
            Platform.services("start", SERVICE);
        }
    }

    @Test
    void aCrashedServiceTurnsCriticalInConsulAndTheEdgeStopsRoutingToIt() {
        Platform.services("kill", SERVICE);
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> Platform.checkStatuses(SERVICE).contains("critical"));
            Edge.Reply refused = await().atMost(Duration.ofSeconds(15))
                    .until(() -> Edge.get("/api/notifications?recipientId=" + UUID.randomUUID()), reply -> reply.status() == 503);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.took()).isLessThan(Duration.ofSeconds(2));
        } finally {
            Platform.services("start", SERVICE);
        }
        Edge.Reply back = Edge.get("/api/notifications?recipientId=" + UUID.randomUUID());
        assertThat(back.status()).as("the edge routes to the instance started again").isEqualTo(200);
    }
}
