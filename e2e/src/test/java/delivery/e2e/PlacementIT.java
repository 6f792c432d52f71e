package delivery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Placing orders through the edge: priced by the store, refused naming the cause, retried safely. */
@org.junit.jupiter.api.extension.ExtendWith(ClearOfMidnight.class)
class PlacementIT {

    static Scenario campus;

    @BeforeAll
    static void setUp() {
        campus = Scenario.campus();
    }

    @Test
    void anOrderIsPricedByTheStoreAndReadBackWithItsTimeline() {
        UUID customer = UUID.randomUUID();
        Edge.Reply placed = campus.placeOrder(customer, "tok_visa");
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.body().get("status").asText()).isEqualTo("PAYMENT_PENDING");

        JsonNode order = Edge.get("/api/orders/" + placed.body().get("orderId").asText()).body();
        assertThat(order.get("customerId").asText()).isEqualTo(customer.toString());
        assertThat(order.get("totalAmount").asLong()).isEqualTo(20_000);
        assertThat(order.get("items").get(0).get("name").asText()).isEqualTo("Bibimbap");
        assertThat(order.get("items").get(0).get("unitPrice").asLong()).isEqualTo(9_000);
        assertThat(order.get("timeline").get(0).get("status").asText()).isEqualTo("PAYMENT_PENDING");
        assertThat(order.get("timeline").get(0).get("at").asText()).isNotBlank();

        JsonNode history = Edge.get("/api/orders?customerId=" + customer).body();
        assertThat(history.get("items")).hasSize(1);
    }

    @Test
    void invalidOrdersAreRefusedNamingTheCauseAndNothingIsWritten() {
        UUID customer = UUID.randomUUID();
        assertRefused(order(customer, campus.storeId, campus.slotId, UUID.randomUUID().toString(), 1, 1), 404, "items[0].productId");
        assertRefused(order(customer, campus.storeId, campus.slotId, campus.productId, 0, 1), 400, "items[0].quantity");
        assertRefused(order(customer, campus.storeId, campus.slotId, campus.productId, 1, 3), 400, "items[0].options[0].quantity");

        String pastSlot = Scenario.created(Edge.post("/api/sites/" + campus.siteId + "/slots",
                Map.of("orderDeadline", "00:00", "pickupTime", "00:01", "arrivalTime", "00:02")), "slotId");
        assertRefused(order(customer, campus.storeId, pastSlot, campus.productId, 1, 1), 409, "slotId");

        String pending = Scenario.created(Edge.post("/api/stores", Map.of("name", "Not yet approved", "ownerId",
                UUID.randomUUID().toString(), "openTime", "00:00", "closeTime", "23:59", "siteIds", List.of(campus.siteId),
                "capacityPerSlot", 5, "commission", Map.of("type", "FIXED", "value", 300))), "storeId");
        String pendingProduct = Scenario.created(Edge.post("/api/stores/" + pending + "/products",
                Map.of("name", "Kimbap", "price", 4000, "options", List.of())), "productId");
        assertRefused(order(customer, pending, campus.slotId, pendingProduct, 1, 0), 409, "storeId");

        assertThat(Edge.get("/api/orders?customerId=" + customer).body().get("total").asLong()).isZero();
    }

    @Test
    void aRetriedPlacementWithTheSameIdempotencyKeyReturnsTheSameOrder() {
        Map<String, Object> body = order(UUID.randomUUID(), campus.storeId, campus.slotId, campus.productId, 1, 0);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Edge.Reply first = Edge.send(HttpRequest.newBuilder(URI.create(Edge.BASE + "/api/orders")).POST(Edge.json(body)), key);
        Edge.Reply retry = Edge.send(HttpRequest.newBuilder(URI.create(Edge.BASE + "/api/orders")).POST(Edge.json(body)), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.body().get("orderId")).isEqualTo(first.body().get("orderId"));
    }

    static void assertRefused(Map<String, Object> order, int status, String field) {
        Edge.Reply reply = Edge.post("/api/orders", order);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body().get("field").asText()).isEqualTo(field);
    }

    static Map<String, Object> order(UUID customer, String storeId, String slotId, String productId, int quantity,
                                     int eggs) {
        return order(campus, customer, storeId, slotId, productId, quantity, eggs);
    }

    static Map<String, Object> order(Scenario campus, UUID customer, String storeId, String slotId, String productId,
                                     int quantity, int eggs) {
        List<Map<String, Object>> options = eggs == 0 ? List.of() : List.of(Map.of("name", "Extra egg", "quantity", eggs));
        return Map.of("customerId", customer.toString(), "storeId", storeId, "siteId", campus.siteId, "slotId", slotId,
                "items", List.of(Map.of("productId", productId, "quantity", quantity, "options", options)),
                "payment", Map.of("method", "CARD", "cardToken", "tok_visa"));
    }
}
