package delivery.store.adapters;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The store's HTTP API as the tests use it: set-up shortcuts, answers as maps, refusals as problems. */
@Singleton
public class StoreApi {

    public static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    /** A refusal: its status and its application/problem+json body. */
    public record Problem(int status, Map<String, Object> body) {
        public Object field() {
            return body.get("field");
        }
    }

    private final HttpClient http;

    public StoreApi(@Client("/") HttpClient http) {
        this.http = http;
    }

    public String site() {
        return created(HttpRequest.POST("/api/sites", Map.of("name", "Campus", "address", "1 University Rd")), "siteId");
    }

    public String slot(String siteId, String orderDeadline, String pickupTime, String arrivalTime) {
        return created(HttpRequest.POST("/api/sites/" + siteId + "/slots", Map.of("orderDeadline", orderDeadline,
                "pickupTime", pickupTime, "arrivalTime", arrivalTime)), "slotId");
    }

    public String store(List<String> siteIds, int capacityPerSlot) {
        return created(HttpRequest.POST("/api/stores", Map.of("name", "Campus Kimbap", "ownerId",
                UUID.randomUUID().toString(), "openTime", "09:00", "closeTime", "21:00", "siteIds", siteIds,
                "capacityPerSlot", capacityPerSlot, "commission", Map.of("type", "RATE", "value", 1000))), "storeId");
    }

    public String approvedStore(List<String> siteIds, int capacityPerSlot) {
        String storeId = store(siteIds, capacityPerSlot);
        post("/api/stores/" + storeId + "/approve", Map.of());
        return storeId;
    }

    public String product(String storeId, String name, long price, List<Map<String, Object>> options) {
        return created(HttpRequest.POST("/api/stores/" + storeId + "/products",
                Map.of("name", name, "price", price, "options", options)), "productId");
    }

    public static Map<String, Object> option(String name, long price, int min, int max) {
        return Map.of("name", name, "price", price, "min", min, "max", max);
    }

    public Map<String, Object> get(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path), JSON);
    }

    public List<Map<String, Object>> list(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path), Argument.listOf(JSON));
    }

    public Map<String, Object> post(String path, Object body) {
        return exchange(HttpRequest.POST(path, body));
    }

    public Map<String, Object> patch(String path, Object body) {
        return exchange(HttpRequest.PATCH(path, body));
    }

    public Map<String, Object> exchange(HttpRequest<?> request) {
        HttpResponse<Map<String, Object>> response = http.toBlocking().exchange(request, JSON);
        assertThat(response.code()).isEqualTo(200);
        return response.body();
    }

    public String created(HttpRequest<?> request, String idField) {
        HttpResponse<Map<String, Object>> response = http.toBlocking().exchange(request, JSON);
        assertThat(response.code()).isEqualTo(201);
        return response.body().get(idField).toString();
    }

    /** Sends a request that must be refused, and returns the problem it was refused with. */
    public Problem refused(HttpRequest<?> request) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request, JSON));
        assertThat(e).as("refusal of %s %s", request.getMethod(), request.getPath()).isNotNull();
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
        Map<String, Object> body = e.getResponse().getBody(JSON).orElseThrow();
        assertThat(body.get("status")).isEqualTo(e.code());
        return new Problem(e.code(), body);
    }
}
