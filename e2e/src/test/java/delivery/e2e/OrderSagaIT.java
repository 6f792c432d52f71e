package delivery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The choreographed saga through the edge: the happy path and its compensations. */
@org.junit.jupiter.api.extension.ExtendWith(ClearOfMidnight.class)
class OrderSagaIT {

    static Scenario campus;

    @BeforeAll
    static void setUp() {
        campus = Scenario.campus();
    }

    @Test
    void anOrderTravelsFromPlacementToDeliveryAndTheMoneyIsCapturedAndSettled() {
        Edge.Reply placed = campus.placeOrder(UUID.randomUUID(), "tok_visa");
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        assertThat(placed.body().get("totalAmount").asLong()).isEqualTo(20_000);
        String orderId = placed.body().get("orderId").asText();

        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        campus.accept(orderId);
        Scenario.awaitOrder(orderId, "DELIVERY_WAITING");
        JsonNode delivery = Scenario.awaitDelivery(orderId, "ASSIGNED");
        assertThat(delivery.get("riderId").asText()).isEqualTo(campus.riderId);
        String deliveryId = delivery.get("deliveryId").asText();
        assertThat(campus.awaitTicket(orderId, "ACCEPTED").get("totalAmount").asLong()).isEqualTo(20_000);
        assertThat(Edge.post("/api/stores/" + campus.storeId + "/tickets/" + orderId + "/ready", Map.of()).status()).isEqualTo(200);
        campus.awaitTicket(orderId, "READY");

        assertThat(Edge.post("/api/deliveries/" + deliveryId + "/pickup", Map.of()).status()).isEqualTo(200);
        Scenario.awaitOrder(orderId, "PICKED_UP");
        assertThat(Edge.post("/api/deliveries/complete", Map.of("deliveryIds", java.util.List.of(deliveryId))).status()).isEqualTo(200);
        JsonNode delivered = Scenario.awaitOrder(orderId, "DELIVERED");

        assertThat(delivered.get("boxNumber").asText()).isNotBlank();
        assertThat(Scenario.timelineStatuses(delivered)).containsSubsequence(
                "PAYMENT_PENDING", "ORDER_WAITING", "ACCEPTED", "DELIVERY_WAITING", "PICKED_UP", "DELIVERED");
        JsonNode payments = Scenario.awaitPayment(orderId, list -> list.size() == 1 && "CAPTURED".equals(list.get(0).path("status").asText()));
        assertThat(payments.get(0).get("amount").asLong()).isEqualTo(20_000);
    }

    @Test
    void aDeclinedCardEndsTheOrderAsPaymentFailed() {
        Edge.Reply placed = campus.placeOrder(UUID.randomUUID(), "tok_declined");
        String orderId = placed.body().get("orderId").asText();
        JsonNode failed = Scenario.awaitOrder(orderId, "PAYMENT_FAILED");
        assertThat(Scenario.timelineStatuses(failed)).containsExactly("PAYMENT_PENDING", "PAYMENT_FAILED");
        Scenario.awaitPayment(orderId, list -> list.size() == 1 && "REJECTED".equals(list.get(0).path("status").asText()));
    }

    @Test
    void aStoreThatRejectsGetsTheOrderCancelledAndRefunded() {
        String orderId = campus.placeOrder(UUID.randomUUID(), "tok_visa").body().get("orderId").asText();
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        campus.awaitTicket(orderId, "WAITING");
        assertThat(Edge.post("/api/stores/" + campus.storeId + "/tickets/" + orderId + "/reject",
                Map.of("reason", "out of rice")).status()).isEqualTo(200);
        JsonNode refunded = Scenario.awaitOrder(orderId, "REFUNDED");
        assertThat(Scenario.timelineStatuses(refunded)).containsSubsequence("ORDER_WAITING", "CANCELLED", "REFUNDED");
        Scenario.awaitPayment(orderId, list -> list.size() == 1 && "REFUNDED".equals(list.get(0).path("status").asText()));
        assertThat(campus.awaitTicket(orderId, "REJECTED").get("reason").asText()).isEqualTo("out of rice");
    }

    @Test
    void aCustomerMayCancelBeforeTheStoreAcceptsButNotAfter() {
        String early = campus.placeOrder(UUID.randomUUID(), "tok_visa").body().get("orderId").asText();
        Scenario.awaitOrder(early, "ORDER_WAITING");
        campus.awaitTicket(early, "WAITING");
        assertThat(Edge.post("/api/orders/" + early + "/cancel", Map.of("reason", "changed my mind")).status()).isEqualTo(200);
        Scenario.awaitOrder(early, "REFUNDED");
        campus.awaitTicket(early, "CANCELLED");

        String late = campus.placeOrder(UUID.randomUUID(), "tok_visa").body().get("orderId").asText();
        Scenario.awaitOrder(late, "ORDER_WAITING");
        campus.accept(late);
        Scenario.awaitOrder(late, "ACCEPTED", "DELIVERY_WAITING");
        Edge.Reply refused = Edge.post("/api/orders/" + late + "/cancel", Map.of("reason", "too late"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
    }
}
