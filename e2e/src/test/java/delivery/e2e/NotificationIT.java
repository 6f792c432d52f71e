package delivery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a customer is told: live over Server-Sent Events through the edge, and by email to the real SMTP server. */
@org.junit.jupiter.api.extension.ExtendWith(ClearOfMidnight.class)
class NotificationIT {

    private static final String MAILBOX_API = System.getProperty("smtp.api", "http://127.0.0.1:3180");

    @Test
    void aCustomerSeesTheirOrderLiveCatchesUpAfterAReconnectAndGetsEachEmailOnce() throws Exception {
        Scenario campus = Scenario.campus();
        UUID customer = UUID.randomUUID();
        String address = "customer-" + customer + "@example.com";
        assertThat(Edge.put("/api/notifications/preferences/" + customer,
                Map.of("email", true, "emailAddress", address, "push", true, "language", "en")).status()).isEqualTo(200);

        String orderId;
        String lastId;
        try (SseClient live = SseClient.open(customer.toString(), null)) {
            Thread.sleep(300); // the stream is open before anything happens
            orderId = campus.placeOrder(customer, "tok_visa").body().get("orderId").asText();
            SseClient.Received first = live.events.poll(30, TimeUnit.SECONDS);
            assertThat(first).as("a live notification").isNotNull();
            assertThat(first.data().get("recipientId").asText()).isEqualTo(customer.toString());
            Instant created = Instant.parse(first.data().get("createdAt").asText());
            assertThat(Duration.between(created, first.at())).isLessThan(Duration.ofSeconds(1));
            lastId = first.id();
        }

        Scenario.awaitOrder(orderId, "ORDER_WAITING");
        campus.accept(orderId);
        Scenario.awaitOrder(orderId, "DELIVERY_WAITING");
        List<String> missedTypes = await().atMost(Scenario.SAGA_STEP).until(() -> pushTypesAfterFirst(customer),
                types -> types.contains("ticket.accepted") && types.contains("delivery.assigned"));

        try (SseClient again = SseClient.open(customer.toString(), lastId)) {
            List<String> replayed = new ArrayList<>();
            while (replayed.size() < missedTypes.size()) {
                SseClient.Received event = again.events.poll(10, TimeUnit.SECONDS);
                assertThat(event).as("replayed after Last-Event-ID " + lastId + ", so far " + replayed).isNotNull();
                replayed.add(event.data().get("type").asText());
            }
            assertThat(replayed).containsExactlyElementsOf(missedTypes);
        }

        JsonNode sentEmails = await().atMost(Scenario.SAGA_STEP).until(() -> log(customer, "EMAIL"),
                list -> list.size() >= 3 && allSent(list));
        JsonNode mailbox = await().atMost(Scenario.SAGA_STEP).until(() -> mailbox(address),
                box -> box.size() == sentEmails.size());
        assertThat(mailbox.findValuesAsText("subject"))
                .containsExactlyInAnyOrderElementsOf(sentEmails.findValuesAsText("subject"));
    }

    /** Types of the customer's push notifications after the first, oldest first. */
    private static List<String> pushTypesAfterFirst(UUID customer) {
        List<String> types = new ArrayList<>(log(customer, "PUSH").findValuesAsText("type"));
        java.util.Collections.reverse(types);
        return types.subList(1, types.size());
    }

    private static JsonNode log(UUID customer, String channel) {
        List<JsonNode> matching = new ArrayList<>();
        Edge.get("/api/notifications?recipientId=" + customer).body().forEach(n -> {
            if (channel.equals(n.get("channel").asText())) {
                matching.add(n);
            }
        });
        return new ObjectMapper().valueToTree(matching);
    }

    private static boolean allSent(JsonNode list) {
        for (JsonNode n : list) {
            if (!"SENT".equals(n.get("status").asText())) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode mailbox(String address) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(MAILBOX_API + "/api/user/" + address + "/messages/INBOX")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? new ObjectMapper().readTree(response.body()) : new ObjectMapper().createArrayNode();
    }
}
