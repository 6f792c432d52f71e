package delivery.e2e;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every service is registered and passing in Consul and reached through the edge on its SPEC paths. */
class EdgeRoutingIT {

    @Test
    void everyServiceIsRegisteredInConsulAndPassing() {
        for (String service : Platform.SERVICES) {
            assertThat(Platform.passingInstances(service)).as(service + " passing in Consul").isNotEmpty()
                    .allSatisfy(instance -> assertThat(instance.getService().getAddress()).isEqualTo("127.0.0.1"));
        }
    }

    @Test
    void storeServesSitesThroughTheEdge() {
        Edge.Reply reply = Edge.post("/api/sites", Map.of("name", "Engineering campus", "address", "1 University Rd"));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(UUID.fromString(reply.body().get("siteId").asText())).isNotNull();
    }

    @Test
    void riderServesRidersThroughTheEdge() {
        String siteId = Edge.post("/api/sites", Map.of("name", "Office park", "address", "2 Tower St")).body().get("siteId").asText();
        Edge.Reply reply = Edge.post("/api/riders", Map.of("name", "Minsu", "siteIds", List.of(siteId)));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.body().get("riderId").asText()).isNotBlank();
    }

    @Test
    void billingServesCouponsAndPointsThroughTheEdge() {
        String code = "WELCOME" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Edge.Reply coupon = Edge.post("/api/coupons", Map.of("code", code, "type", "AMOUNT", "value", 2000,
                "expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
        assertThat(coupon.status()).isEqualTo(201);
        Edge.Reply points = Edge.get("/api/points/" + UUID.randomUUID());
        assertThat(points.status()).isEqualTo(200);
        assertThat(points.body().get("balance").asLong()).isZero();
    }

    @Test
    void orderAnswersAnUnknownOrderWithANotFoundProblem() {
        Edge.Reply reply = Edge.get("/api/orders/" + UUID.randomUUID());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void notificationServesTheLogThroughTheEdge() {
        Edge.Reply reply = Edge.get("/api/notifications?recipientId=" + UUID.randomUUID());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().isArray()).isTrue();
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndNothingIsWritten() {
        Edge.Reply reply = Edge.post("/api/sites/" + UUID.randomUUID() + "/slots",
                Map.of("orderDeadline", "11:00", "pickupTime", "25:00", "arrivalTime", "12:00"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body().get("field").asText()).isEqualTo("pickupTime");

        Edge.Reply malformed = Edge.post("/api/sites", "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();
    }

    @Test
    void textPostgreSQLCannotStoreAndOversizedBodiesAreProblemsToo() {
        Edge.Reply nul = Edge.post("/api/sites", "{\"name\": \"Engineering\\u0000campus\", \"address\": \"1 Loop Rd\"}");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.isProblem()).isTrue();
        assertThat(nul.body().get("field").asText()).isEqualTo("name");

        Edge.Reply huge = Edge.post("/api/sites", Map.of("name", "x".repeat(2_000_000), "address", "1 Loop Rd"));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.isProblem()).isTrue();
    }

    @Test
    void everyResponseCarriesARequestIdAndAClientsOwnIdIsKept() {
        assertThat(Edge.get("/api/notifications?recipientId=" + UUID.randomUUID()).requestId()).isNotBlank();
        Edge.Reply mine = Edge.send(HttpRequest.newBuilder(URI.create(Edge.BASE + "/api/orders/" + UUID.randomUUID())).GET(),
                Map.of("X-Request-Id", "client-chosen-17"));
        assertThat(mine.requestId()).isEqualTo("client-chosen-17");
    }

    @Test
    void anUnknownPathIsANotFoundProblemFromTheEdge() {
        Edge.Reply reply = Edge.get("/api/nothing-here");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
    }
}
