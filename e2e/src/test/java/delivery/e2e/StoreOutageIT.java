package delivery.e2e;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the store service stopped, the order service still takes orders for a menu its catalog
 * copy knows (fed by the store's events) and answers a fast 503 for what it cannot vouch for.
 */
@org.junit.jupiter.api.extension.ExtendWith(ClearOfMidnight.class)
class StoreOutageIT {

    @Test
    void withTheStoreDownOrdersForAKnownMenuAreStillTakenAndUnknownStoresFailFast() {
        Scenario campus = Scenario.campus();
        Map<String, Object> known = PlacementIT.order(campus, UUID.randomUUID(), campus.storeId, campus.slotId,
                campus.productId, 1, 1);
        Platform.services("stop", "store");
        try {
            Edge.Reply taken = await().atMost(Duration.ofSeconds(20)).until(() -> Edge.post("/api/orders", known),
                    reply -> reply.status() == 201);
            assertThat(taken.body().get("totalAmount").asLong()).isEqualTo(10_000);

            Edge.Reply unknown = Edge.post("/api/orders", PlacementIT.order(campus, UUID.randomUUID(),
                    UUID.randomUUID().toString(), campus.slotId, campus.productId, 1, 0));
            assertThat(unknown.status()).isEqualTo(503);
            assertThat(unknown.isProblem()).isTrue();
            assertThat(unknown.took()).isLessThan(Duration.ofSeconds(2));
        } finally {
            Platform.services("start", "store");
        }
        // once the circuit breaker lets calls through again, the store itself prices orders (the
        // timeline's first entry names the catalog copy only when the copy priced it)
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Edge.Reply placed = Edge.post("/api/orders", known);
            return placed.status() == 201 && Edge.get("/api/orders/" + placed.body().get("orderId").asText()).body()
                    .get("timeline").get(0).path("reason").isNull();
        });
    }
}
