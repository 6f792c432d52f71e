package delivery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rider's side through the edge: bulk completion, missing items by fault and resolution, and what the money does. */
@org.junit.jupiter.api.extension.ExtendWith(ClearOfMidnight.class)
class DeliveryIT {

    static Scenario campus;

    @BeforeAll
    static void setUp() {
        campus = Scenario.campus();
    }

    @Test
    void ordersOfOneSlotGoToOneRiderAndAreCompletedInBulk() {
        String first = campus.placeOrder(UUID.randomUUID(), "tok_visa").body().get("orderId").asText();
        String second = campus.placeOrder(UUID.randomUUID(), "tok_visa").body().get("orderId").asText();
        for (String order : List.of(first, second)) {
            Scenario.awaitOrder(order, "ORDER_WAITING");
            campus.accept(order);
        }
        JsonNode a = Scenario.awaitDelivery(first, "ASSIGNED");
        JsonNode b = Scenario.awaitDelivery(second, "ASSIGNED");
        assertThat(b.get("riderId")).isEqualTo(a.get("riderId"));

        Edge.Reply tooEarly = Edge.post("/api/deliveries/complete",
                Map.of("deliveryIds", List.of(a.get("deliveryId").asText(), b.get("deliveryId").asText())));
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.isProblem()).isTrue();

        for (JsonNode delivery : List.of(a, b)) {
            assertThat(Edge.post("/api/deliveries/" + delivery.get("deliveryId").asText() + "/pickup", Map.of()).status()).isEqualTo(200);
        }
        assertThat(Edge.post("/api/deliveries/" + a.get("deliveryId").asText() + "/pickup", Map.of()).status()).isEqualTo(409);
        Edge.Reply bulk = Edge.post("/api/deliveries/complete",
                Map.of("deliveryIds", List.of(a.get("deliveryId").asText(), b.get("deliveryId").asText())));
        assertThat(bulk.status()).isEqualTo(200);
        assertThat(Scenario.awaitOrder(first, "DELIVERED").get("boxNumber").asText())
                .isNotEqualTo(Scenario.awaitOrder(second, "DELIVERED").get("boxNumber").asText());
    }

    @Test
    void missingItemsAreRefundedOrRedeliveredAndOnlyTheStoresFaultIsDeducted() {
        JsonNode storeFault = campus.deliveredOrder(UUID.randomUUID());
        JsonNode riderFault = campus.deliveredOrder(UUID.randomUUID());
        JsonNode redelivered = campus.deliveredOrder(UUID.randomUUID());

        report(storeFault, "STORE", "REFUND");
        report(riderFault, "RIDER", "REFUND");
        report(redelivered, "RIDER", "REDELIVERY");

        for (JsonNode refunded : List.of(storeFault, riderFault)) {
            JsonNode payment = Scenario.awaitPayment(refunded.get("orderId").asText(),
                    list -> list.size() == 1 && list.get(0).path("refundedAmount").asLong() > 0).get(0);
            assertThat(payment.get("refundedAmount").asLong()).isEqualTo(10_000);
        }
        JsonNode again = org.awaitility.Awaitility.await().atMost(Scenario.SAGA_STEP)
                .until(() -> Edge.get("/api/deliveries?orderId=" + redelivered.get("orderId").asText()).body(),
                        list -> list.size() == 2);
        assertThat(again.findValuesAsText("redeliveryOf")).contains(redelivered.get("deliveryId").asText());

        String today = LocalDate.now(ClearOfMidnight.SITES).toString();
        JsonNode settlement = org.awaitility.Awaitility.await().atMost(Scenario.SAGA_STEP)
                .until(() -> Edge.get("/api/settlements?storeId=" + campus.storeId + "&from=" + today + "&to=" + today).body(),
                        s -> s.path("deductions").asLong() > 0 && s.path("orderCount").asLong() >= 3);
        assertThat(settlement.get("deductions").asLong()).isEqualTo(10_000);
        assertThat(settlement.get("payout").asLong()).isEqualTo(
                settlement.get("gross").asLong() - settlement.get("commission").asLong() - settlement.get("deductions").asLong());
        assertThat(settlement.get("commission").asLong()).isEqualTo(settlement.get("gross").asLong() / 10);
    }

    private void report(JsonNode delivery, String fault, String resolution) {
        Edge.Reply reply = Edge.post("/api/deliveries/" + delivery.get("deliveryId").asText() + "/missing",
                Map.of("fault", fault, "resolution", resolution,
                        "items", List.of(Map.of("productId", campus.productId, "quantity", 1))));
        assertThat(reply.status()).as(reply.body().toString()).isIn(200, 201);
    }
}
