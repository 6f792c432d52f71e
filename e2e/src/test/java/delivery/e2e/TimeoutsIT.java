package delivery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What happens when nobody acts: a ticket the owner never confirms, a virtual account nobody pays.
 * `make test` runs the services in the e2e environment, whose timeouts (Consul KV
 * config/store,e2e and config/billing,e2e) are short enough to wait for here.
 */
@org.junit.jupiter.api.extension.ExtendWith(ClearOfMidnight.class)
class TimeoutsIT {

    private static final Duration TIMEOUT_AND_MORE = Duration.ofSeconds(120);
    static Scenario campus;

    @BeforeAll
    static void setUp() {
        campus = Scenario.campus();
    }

    @Test
    void aTicketTheStoreDoesNotConfirmIsRejectedAndTheOrderRefunded() {
        String orderId = campus.placeOrder(UUID.randomUUID(), "tok_visa").body().get("orderId").asText();
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        campus.awaitTicket(orderId, "WAITING");

        JsonNode refunded = await().atMost(TIMEOUT_AND_MORE).pollInterval(Duration.ofSeconds(1))
                .until(() -> Edge.get("/api/orders/" + orderId).body(), o -> "REFUNDED".equals(o.path("status").asText()));
        JsonNode cancelled = java.util.stream.StreamSupport.stream(refunded.get("timeline").spliterator(), false)
                .filter(entry -> "CANCELLED".equals(entry.get("status").asText())).findFirst().orElseThrow();
        assertThat(cancelled.get("reason").asText()).isEqualTo("store did not confirm");
        Scenario.awaitPayment(orderId, list -> list.size() == 1 && "REFUNDED".equals(list.get(0).path("status").asText()));
        assertThat(campus.awaitTicket(orderId, "REJECTED").get("reason").asText()).isEqualTo("store did not confirm");
        assertThat(Edge.post("/api/stores/" + campus.storeId + "/tickets/" + orderId + "/accept", Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void aVirtualAccountIsPaidByDepositOrExpires() {
        String paid = placeWithVirtualAccount();
        String unpaid = placeWithVirtualAccount();
        JsonNode pending = Scenario.awaitPayment(paid, list -> list.size() == 1 && "PENDING".equals(list.get(0).path("status").asText()));
        assertThat(Scenario.awaitOrder(paid, "PAYMENT_PENDING").get("status").asText()).isEqualTo("PAYMENT_PENDING");

        assertThat(Edge.post("/api/payments/" + pending.get(0).get("paymentId").asText() + "/deposit", Map.of()).status()).isEqualTo(200);
        Scenario.awaitOrder(paid, "ORDER_WAITING");

        await().atMost(TIMEOUT_AND_MORE).pollInterval(Duration.ofSeconds(1))
                .until(() -> Edge.get("/api/orders/" + unpaid).body(), o -> "PAYMENT_FAILED".equals(o.path("status").asText()));
        Scenario.awaitPayment(unpaid, list -> list.size() == 1 && "REJECTED".equals(list.get(0).path("status").asText()));
    }

    private static String placeWithVirtualAccount() {
        Edge.Reply placed = Edge.post("/api/orders", Map.of("customerId", UUID.randomUUID().toString(), "storeId", campus.storeId,
                "siteId", campus.siteId, "slotId", campus.slotId,
                "items", List.of(Map.of("productId", campus.productId, "quantity", 1, "options", List.of())),
                "payment", Map.of("method", "VIRTUAL_ACCOUNT")));
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        return placed.body().get("orderId").asText();
    }
}
