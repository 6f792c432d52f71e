package delivery.store.adapters;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The store's HTTP API against the real PostgreSQL: what it answers and what it writes, events included. */
@MicronautTest(transactional = false)
class StoreApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Outbox outbox;
    @Inject
    OutboxRows rows;
    @Inject
    JsonMapper json;

    @Test
    void onboardingAStoreWritesItAndAnnouncesEachStep() throws IOException {
        String siteId = created(HttpRequest.POST("/api/sites", Map.of("name", "Campus", "address", "1 Rd"))).get("siteId").toString();
        String slotId = created(HttpRequest.POST("/api/sites/" + siteId + "/slots",
                Map.of("orderDeadline", "11:00", "pickupTime", "11:30", "arrivalTime", "12:00"))).get("slotId").toString();
        Map<String, Object> store = created(HttpRequest.POST("/api/stores", storeRequest(List.of(siteId))));
        assertThat(store.get("status")).isEqualTo("PENDING_REVIEW");
        String storeId = store.get("storeId").toString();

        Map<String, Object> rejected = http.toBlocking().retrieve(
                HttpRequest.POST("/api/stores/" + storeId + "/reject", Map.of("reason", "no hygiene certificate")),
                Argument.mapOf(String.class, Object.class));
        assertThat(rejected).containsEntry("status", "REJECTED").containsEntry("reason", "no hygiene certificate");

        assertThat(outbox.typesFor(siteId)).containsExactly("site.registered", "slot.registered");
        assertThat(outbox.typesFor(storeId)).containsExactly("store.registered", "store.rejected");
        assertThat(slotId).isNotBlank();
        Map<String, Object> registered = json.readValue(rows.of(storeId).get(0).payload(), StoreApi.JSON);
        assertThat(registered).containsEntry("storeId", storeId).containsEntry("name", "Campus Kimbap")
                .containsEntry("siteIds", List.of(siteId)).containsEntry("capacityPerSlot", 20)
                .containsEntry("commissionType", "FIXED").containsEntry("commissionValue", 500)
                .containsEntry("openTime", "09:00").containsEntry("closeTime", "21:00")
                .containsKey("ownerId");
    }

    @Test
    void aDecidedStoreCannotBeDecidedAgain() {
        String siteId = created(HttpRequest.POST("/api/sites", Map.of("name", "Park", "address", "2 Rd"))).get("siteId").toString();
        String storeId = created(HttpRequest.POST("/api/stores", storeRequest(List.of(siteId)))).get("storeId").toString();
        http.toBlocking().exchange(HttpRequest.POST("/api/stores/" + storeId + "/approve", Map.of()));

        assertThat(status(HttpRequest.POST("/api/stores/" + storeId + "/reject", Map.of("reason", "late")))).isEqualTo(409);
        assertThat(outbox.typesFor(storeId)).containsExactly("store.registered", "store.approved");
    }

    @Test
    void invalidInputIsRefusedAndNothingIsWritten() {
        String unknownSite = UUID.randomUUID().toString();
        assertThat(status(HttpRequest.POST("/api/stores", storeRequest(List.of(unknownSite))))).isEqualTo(400);
        assertThat(status(HttpRequest.POST("/api/sites/" + unknownSite + "/slots",
                Map.of("orderDeadline", "11:00", "pickupTime", "11:30", "arrivalTime", "12:00")))).isEqualTo(404);
        assertThat(status(HttpRequest.POST("/api/sites/" + unknownSite + "/slots",
                Map.of("orderDeadline", "12:00", "pickupTime", "11:30", "arrivalTime", "12:30")))).isEqualTo(404);
        assertThat(outbox.typesFor(unknownSite)).isEmpty();
        assertThat(status(HttpRequest.POST("/api/stores/" + UUID.randomUUID() + "/approve", Map.of()))).isEqualTo(404);
    }

    private static Map<String, Object> storeRequest(List<String> siteIds) {
        return Map.of("name", "Campus Kimbap", "ownerId", UUID.randomUUID().toString(), "openTime", "09:00",
                "closeTime", "21:00", "siteIds", siteIds, "capacityPerSlot", 20,
                "commission", Map.of("type", "FIXED", "value", 500));
    }

    private Map<String, Object> created(HttpRequest<?> request) {
        HttpResponse<Map<String, Object>> response = http.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class));
        assertThat(response.code()).isEqualTo(201);
        return response.body();
    }

    private int status(HttpRequest<?> request) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, () -> http.toBlocking().exchange(request));
        assertThat(e).isNotNull();
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
        return e.getStatus().getCode();
    }

    @Singleton
    static class Outbox {
        private final JdbcOperations jdbc;

        Outbox(JdbcOperations jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        List<String> typesFor(String aggregateId) {
            return jdbc.prepareStatement("select routing_key from outbox_event where body->>'aggregateId' = ? order by id", statement -> {
                statement.setString(1, aggregateId);
                List<String> types = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        types.add(result.getString(1));
                    }
                }
                return types;
            });
        }
    }
}
