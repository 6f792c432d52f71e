package delivery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The next participant of the saga (or RabbitMQ itself) is stopped in the middle of an order
 * and started again: the order reaches the same end state, with one charge, at most one refund
 * and one notification per recipient, type and channel.
 */
@org.junit.jupiter.api.extension.ExtendWith(ClearOfMidnight.class)
class SagaFailuresIT {

    static Scenario campus;

    @BeforeAll
    static void setUp() {
        campus = Scenario.campus();
    }

    @Test
    void billingDownWhenTheOrderIsPlaced() {
        UUID customer = UUID.randomUUID();
        String orderId;
        Platform.services("stop", "billing");
        try {
            orderId = placed(customer);
            pause();
            assertThat(status(orderId)).isEqualTo("PAYMENT_PENDING");
        } finally {
            Platform.services("start", "billing");
        }
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        deliver(orderId);
        assertDeliveredExactlyOnce(orderId, customer);
    }

    @Test
    void storeDownWhenThePaymentIsApproved() {
        UUID customer = UUID.randomUUID();
        String orderId = placed(customer);
        Platform.services("stop", "store");
        try {
            Scenario.awaitOrder(orderId, "ORDER_WAITING");
        } finally {
            Platform.services("start", "store");
        }
        deliver(orderId);
        assertDeliveredExactlyOnce(orderId, customer);
    }

    @Test
    void riderServiceDownWhenTheStoreAccepts() {
        UUID customer = UUID.randomUUID();
        String orderId = placed(customer);
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        Platform.services("stop", "rider");
        try {
            campus.accept(orderId);
            Scenario.awaitOrder(orderId, "ACCEPTED");
            pause();
            assertThat(status(orderId)).isEqualTo("ACCEPTED");
        } finally {
            Platform.services("start", "rider");
        }
        deliver(orderId);
        assertDeliveredExactlyOnce(orderId, customer);
    }

    @Test
    void orderServiceDownWhileTheRiderDelivers() {
        UUID customer = UUID.randomUUID();
        String orderId = placed(customer);
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        campus.accept(orderId);
        String deliveryId = Scenario.assignedDelivery(orderId);
        Platform.services("stop", "order");
        try {
            Scenario.pickUpAndComplete(deliveryId);
        } finally {
            Platform.services("start", "order");
        }
        Scenario.awaitOrder(orderId, "DELIVERED");
        assertDeliveredExactlyOnce(orderId, customer);
    }

    @Test
    void rabbitMqDownWhenTheStoreAccepts() {
        UUID customer = UUID.randomUUID();
        String orderId = placed(customer);
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        campus.awaitTicket(orderId, "WAITING");
        Platform.rabbitmq("stop");
        try {
            // with the broker down every service's /health is down, so the edge routes nowhere;
            // the owner's app reaches the store itself, which commits the acceptance to its outbox
            Edge.Reply accepted = direct(8082, "/api/stores/" + campus.storeId + "/tickets/" + orderId + "/accept", Map.of());
            assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
            pause();
            assertThat(directStatus(orderId)).as("no event can reach the order").isEqualTo("ORDER_WAITING");
        } finally {
            Platform.rabbitmq("start");
        }
        Scenario.awaitOrder(orderId, "DELIVERY_WAITING");
        deliver(orderId);
        assertDeliveredExactlyOnce(orderId, customer);
    }

    @Test
    void billingDownWhenTheRiderCompletes() {
        UUID customer = UUID.randomUUID();
        String orderId = placed(customer);
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        campus.accept(orderId);
        String deliveryId = Scenario.assignedDelivery(orderId);
        Platform.services("stop", "billing");
        try {
            Scenario.pickUpAndComplete(deliveryId);
            Scenario.awaitOrder(orderId, "DELIVERED");
        } finally {
            Platform.services("start", "billing");
        }
        assertDeliveredExactlyOnce(orderId, customer);
    }

    @Test
    void notificationDownForTheWholeSaga() {
        UUID customer = UUID.randomUUID();
        String orderId;
        Platform.services("stop", "notification");
        try {
            orderId = placed(customer);
            deliver(orderId);
        } finally {
            Platform.services("start", "notification");
        }
        List<String> told = org.awaitility.Awaitility.await().atMost(Scenario.SAGA_STEP)
                .until(() -> Edge.get("/api/notifications?recipientId=" + customer).body().findValuesAsText("type"),
                        types -> types.contains("delivery.completed"));
        assertThat(told).contains("payment.approved", "ticket.accepted", "delivery.picked-up", "delivery.completed");
        assertDeliveredExactlyOnce(orderId, customer);
    }

    @Test
    void rabbitMqDownWhenTheOrderIsPlaced() {
        UUID customer = UUID.randomUUID();
        String orderId;
        Platform.rabbitmq("stop");
        try {
            // the edge routes nowhere while every /health reports the broker down: the client reaches the order service
            orderId = Scenario.created(direct(8081, "/api/orders", campus.order(customer, "tok_visa")), "orderId");
            pause();
        } finally {
            Platform.rabbitmq("start");
        }
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        deliver(orderId);
        assertDeliveredExactlyOnce(orderId, customer);
    }

    @Test
    void rabbitMqDownWhenTheDepositArrives() {
        UUID customer = UUID.randomUUID();
        Map<String, Object> order = new HashMap<>(campus.order(customer, "tok_visa"));
        order.put("payment", Map.of("method", "VIRTUAL_ACCOUNT"));
        String orderId = Scenario.created(Edge.post("/api/orders", order), "orderId");
        String paymentId = Scenario.awaitPayment(orderId,
                list -> list.size() == 1 && "PENDING".equals(list.get(0).path("status").asText())).get(0).get("paymentId").asText();
        Scenario.awaitOrder(orderId, "PAYMENT_PENDING");
        Platform.rabbitmq("stop");
        try {
            // the bank's deposit notice reaches billing itself (the edge routes nowhere while /health reports the broker down)
            Edge.Reply deposited = direct(8084, "/api/payments/" + paymentId + "/deposit", Map.of());
            assertThat(deposited.status()).as(deposited.body().toString()).isEqualTo(200);
            pause();
            assertThat(directStatus(orderId)).as("payment.approved waits in billing's outbox").isEqualTo("PAYMENT_PENDING");
        } finally {
            Platform.rabbitmq("start");
        }
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        deliver(orderId);
        assertDeliveredExactlyOnce(orderId, customer);
    }

    @Test
    void rabbitMqDownWhenTheRiderCompletes() {
        UUID customer = UUID.randomUUID();
        String orderId = placed(customer);
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        campus.accept(orderId);
        String deliveryId = Scenario.assignedDelivery(orderId);
        assertThat(Edge.post("/api/deliveries/" + deliveryId + "/pickup", Map.of()).status()).isEqualTo(200);
        Scenario.awaitOrder(orderId, "PICKED_UP");
        Platform.rabbitmq("stop");
        try {
            assertThat(direct(8083, "/api/deliveries/" + deliveryId + "/complete", Map.of()).status()).isEqualTo(200);
            pause();
        } finally {
            Platform.rabbitmq("start");
        }
        Scenario.awaitOrder(orderId, "DELIVERED");
        assertDeliveredExactlyOnce(orderId, customer);
    }

    @Test
    void rabbitMqDownWhenTheCustomerCancels() {
        UUID customer = UUID.randomUUID();
        String orderId = placed(customer);
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        Platform.rabbitmq("stop");
        try {
            assertThat(direct(8081, "/api/orders/" + orderId + "/cancel", Map.of("reason", "wrong slot")).status()).isEqualTo(200);
            pause();
        } finally {
            Platform.rabbitmq("start");
        }
        Scenario.awaitOrder(orderId, "REFUNDED");
        JsonNode payments = Scenario.awaitPayment(orderId, list -> list.size() == 1 && "REFUNDED".equals(list.get(0).path("status").asText()));
        assertThat(payments.get(0).get("refundedAmount").asLong()).isEqualTo(payments.get(0).get("amount").asLong());
        assertOneNotificationEach(customer);
    }

    @Test
    void rabbitMqDownWhenTheRiderPicksUp() {
        UUID customer = UUID.randomUUID();
        String orderId = placed(customer);
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        campus.accept(orderId);
        String deliveryId = Scenario.assignedDelivery(orderId);
        Platform.rabbitmq("stop");
        try {
            assertThat(direct(8083, "/api/deliveries/" + deliveryId + "/pickup", Map.of()).status()).isEqualTo(200);
            pause();
        } finally {
            Platform.rabbitmq("start");
        }
        Scenario.awaitOrder(orderId, "PICKED_UP");
        assertThat(Edge.post("/api/deliveries/" + deliveryId + "/complete", Map.of()).status()).isEqualTo(200);
        Scenario.awaitOrder(orderId, "DELIVERED");
        assertDeliveredExactlyOnce(orderId, customer);
    }

    @Test
    void orderServiceDownWhenTheRefundIsAnnounced() {
        UUID customer = UUID.randomUUID();
        String orderId = placed(customer);
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        Platform.services("stop", "billing");
        try {
            assertThat(Edge.post("/api/orders/" + orderId + "/cancel", Map.of("reason", "ordered twice")).status()).isEqualTo(200);
            Platform.services("stop", "order");
            try {
                Platform.services("start", "billing");
                Scenario.awaitPayment(orderId, list -> list.size() == 1 && "REFUNDED".equals(list.get(0).path("status").asText()));
            } finally {
                Platform.services("start", "order");
            }
        } finally {
            Platform.services("start", "billing");
        }
        Scenario.awaitOrder(orderId, "REFUNDED");
        assertOneNotificationEach(customer);
    }

    @Test
    void billingDownWhenTheCustomerCancels() {
        UUID customer = UUID.randomUUID();
        String orderId = placed(customer);
        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        Platform.services("stop", "billing");
        try {
            assertThat(Edge.post("/api/orders/" + orderId + "/cancel", Map.of("reason", "wrong address")).status()).isEqualTo(200);
            pause();
            assertThat(status(orderId)).isEqualTo("CANCELLED");
        } finally {
            Platform.services("start", "billing");
        }
        Scenario.awaitOrder(orderId, "REFUNDED");
        JsonNode payments = Scenario.awaitPayment(orderId, list -> list.size() == 1 && "REFUNDED".equals(list.get(0).path("status").asText()));
        assertThat(payments.get(0).get("refundedAmount").asLong()).isEqualTo(payments.get(0).get("amount").asLong());
        assertOneNotificationEach(customer);
    }

    /** A service's own port, for the moments the edge routes nowhere. */
    private static Edge.Reply direct(int port, String path, Object body) {
        return Edge.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .POST(Edge.json(body)), Map.of());
    }

    /** The order's status from the order service itself. */
    private static String directStatus(String orderId) {
        return Edge.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:8081/api/orders/" + orderId))
                .GET(), Map.of()).body().get("status").asText();
    }

    private static String placed(UUID customer) {
        return Scenario.created(campus.placeOrder(customer, "tok_visa"), "orderId");
    }

    /** From wherever the order is to DELIVERED, playing the owner and the rider. */
    private static void deliver(String orderId) {
        String status = Scenario.awaitOrder(orderId, "ORDER_WAITING", "ACCEPTED", "DELIVERY_WAITING").get("status").asText();
        if ("ORDER_WAITING".equals(status)) {
            campus.accept(orderId);
        }
        String deliveryId = Scenario.assignedDelivery(orderId);
        Scenario.pickUpAndComplete(deliveryId);
        Scenario.awaitOrder(orderId, "DELIVERED");
    }

    private static void assertDeliveredExactlyOnce(String orderId, UUID customer) {
        JsonNode payments = Scenario.awaitPayment(orderId, list -> list.size() == 1 && "CAPTURED".equals(list.get(0).path("status").asText()));
        assertThat(payments.get(0).get("amount").asLong()).isEqualTo(20_000);
        assertThat(Edge.get("/api/deliveries?orderId=" + orderId).body()).hasSize(1);
        assertOneNotificationEach(customer);
    }

    private static void assertOneNotificationEach(UUID customer) {
        Map<String, Integer> counts = new HashMap<>();
        Edge.get("/api/notifications?recipientId=" + customer).body()
                .forEach(n -> counts.merge(n.get("type").asText() + "/" + n.get("channel").asText(), 1, Integer::sum));
        assertThat(counts).as("notifications of the customer by type and channel").isNotEmpty()
                .allSatisfy((kind, count) -> assertThat(count).as(kind).isEqualTo(1));
    }

    private static String status(String orderId) {
        return Edge.get("/api/orders/" + orderId).body().get("status").asText();
    }

    private static void pause() {
        try {
            Thread.sleep(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
