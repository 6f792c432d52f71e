package delivery.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A campus with one approved store (a product with an option), a slot open for orders and a
 * rider — set up through the edge the way an operator, an owner and a rider would.
 */
final class Scenario {

    static final Duration SAGA_STEP = Duration.ofSeconds(30);

    final String siteId;
    final String slotId;
    final UUID ownerId = UUID.randomUUID();
    final String storeId;
    final String productId;
    final String riderId;

    private Scenario(String siteId, String slotId, String storeId, String productId, String riderId) {
        this.siteId = siteId;
        this.slotId = slotId;
        this.storeId = storeId;
        this.productId = productId;
        this.riderId = riderId;
    }

    static Scenario campus() {
        String siteId = created(Edge.post("/api/sites", Map.of("name", "Saga campus", "address", "7 Loop Rd")), "siteId");
        // the latest slot of the day, so the deadline has not passed whenever a journey runs (ClearOfMidnight)
        String slotId = created(Edge.post("/api/sites/" + siteId + "/slots",
                Map.of("orderDeadline", "23:57", "pickupTime", "23:58", "arrivalTime", "23:59")), "slotId");
        UUID owner = UUID.randomUUID();
        String storeId = created(Edge.post("/api/stores", Map.of("name", "Saga Bibimbap", "ownerId", owner.toString(),
                "openTime", "00:00", "closeTime", "23:59", "siteIds", List.of(siteId), "capacityPerSlot", 50,
                "commission", Map.of("type", "RATE", "value", 1000))), "storeId");
        assertThat(Edge.post("/api/stores/" + storeId + "/approve", Map.of()).status()).isEqualTo(200);
        String productId = created(Edge.post("/api/stores/" + storeId + "/products", Map.of("name", "Bibimbap",
                "price", 9000, "options", List.of(Map.of("name", "Extra egg", "price", 1000, "min", 0, "max", 2)))), "productId");
        String riderId = created(Edge.post("/api/riders", Map.of("name", "Jiwoo", "siteIds", List.of(siteId))), "riderId");
        return new Scenario(siteId, slotId, storeId, productId, riderId);
    }

    /** 2 × (9000 + 1 × 1000) = 20000 KRW */
    Edge.Reply placeOrder(UUID customerId, String cardToken) {
        return Edge.post("/api/orders", order(customerId, cardToken));
    }

    Map<String, Object> order(UUID customerId, String cardToken) {
        return Map.of("customerId", customerId.toString(), "storeId", storeId, "siteId", siteId,
                "slotId", slotId, "items", List.of(Map.of("productId", productId, "quantity", 2,
                        "options", List.of(Map.of("name", "Extra egg", "quantity", 1)))),
                "note", "no spicy sauce", "payment", Map.of("method", "CARD", "cardToken", cardToken));
    }

    /** Places an order and plays the owner and the rider until it is DELIVERED; returns its delivery. */
    JsonNode deliveredOrder(UUID customerId) {
        Edge.Reply placed = placeOrder(customerId, "tok_visa");
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(201);
        String orderId = placed.body().get("orderId").asText();
        awaitOrder(orderId, "ORDER_WAITING");
        accept(orderId);
        pickUpAndComplete(assignedDelivery(orderId));
        awaitOrder(orderId, "DELIVERED");
        return awaitDelivery(orderId, "COMPLETED");
    }

    /**
     * The owner's queue: the order's ticket once it shows there with the status. The order reads
     * ORDER_WAITING as soon as it is confirmed; the store opens the ticket when order.confirmed reaches it.
     */
    JsonNode awaitTicket(String orderId, String status) {
        return await().atMost(SAGA_STEP).pollInterval(Duration.ofMillis(200))
                .until(() -> ticketIn(Edge.get("/api/stores/" + storeId + "/tickets?status=" + status).body(), orderId),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    /** The owner accepts the order's ticket from the queue. */
    void accept(String orderId) {
        awaitTicket(orderId, "WAITING");
        Edge.Reply accepted = Edge.post("/api/stores/" + storeId + "/tickets/" + orderId + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
    }

    /** The accepted order's delivery once a rider has it and the order knows: its id. */
    static String assignedDelivery(String orderId) {
        String deliveryId = awaitDelivery(orderId, "ASSIGNED").get("deliveryId").asText();
        awaitOrder(orderId, "DELIVERY_WAITING");
        return deliveryId;
    }

    /** The rider picks the delivery up and completes it, through the edge. */
    static void pickUpAndComplete(String deliveryId) {
        assertThat(Edge.post("/api/deliveries/" + deliveryId + "/pickup", Map.of()).status()).isEqualTo(200);
        assertThat(Edge.post("/api/deliveries/" + deliveryId + "/complete", Map.of()).status()).isEqualTo(200);
    }

    static java.util.Optional<JsonNode> ticketIn(JsonNode tickets, String orderId) {
        return java.util.stream.StreamSupport.stream(tickets.spliterator(), false)
                .filter(ticket -> orderId.equals(ticket.path("orderId").asText())).findFirst();
    }

    static JsonNode awaitOrder(String orderId, String... statuses) {
        List<String> wanted = List.of(statuses);
        return await().atMost(SAGA_STEP).pollInterval(Duration.ofMillis(200))
                .until(() -> Edge.get("/api/orders/" + orderId).body(), order -> wanted.contains(order.path("status").asText()));
    }

    static JsonNode awaitPayment(String orderId, Predicate<JsonNode> condition) {
        return await().atMost(SAGA_STEP).pollInterval(Duration.ofMillis(200))
                .until(() -> Edge.get("/api/payments?orderId=" + orderId).body(), condition);
    }

    static JsonNode awaitDelivery(String orderId, String status) {
        return await().atMost(SAGA_STEP).pollInterval(Duration.ofMillis(200))
                .until(() -> Edge.get("/api/deliveries?orderId=" + orderId).body(),
                        list -> list.isArray() && list.size() >= 1 && status.equals(list.get(0).path("status").asText()))
                .get(0);
    }

    static String created(Edge.Reply reply, String idField) {
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body().get(idField).asText();
    }

    static List<String> timelineStatuses(JsonNode order) {
        return java.util.stream.StreamSupport.stream(order.get("timeline").spliterator(), false)
                .map(entry -> entry.get("status").asText()).toList();
    }
}
