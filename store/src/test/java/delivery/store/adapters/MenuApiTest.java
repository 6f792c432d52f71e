package delivery.store.adapters;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static delivery.store.adapters.StoreApi.option;
import static org.assertj.core.api.Assertions.assertThat;

/** Products and the menu against the real PostgreSQL: answers, menu.changed snapshots, and nothing written on refusal. */
@MicronautTest(transactional = false)
class MenuApiTest {

    @Inject
    StoreApi api;
    @Inject
    OutboxRows outbox;
    @Inject
    JsonMapper json;

    @Test
    void productsMakeTheMenuAndEveryChangePublishesTheWholeMenu() throws IOException {
        String siteId = api.site();
        String storeId = api.store(List.of(siteId), 20);
        String kimbap = api.product(storeId, "Kimbap", 4_500, List.of(option("extra egg", 500, 0, 2)));
        String coffee = api.product(storeId, "Coffee", 3_000, List.of());

        Map<String, Object> menu = api.get("/api/stores/" + storeId + "/menu");
        assertThat(menu).containsEntry("storeId", storeId).containsEntry("name", "Campus Kimbap")
                .containsEntry("status", "PENDING_REVIEW").containsEntry("openTime", "09:00")
                .containsEntry("closeTime", "21:00");
        assertThat(menu.get("products")).isEqualTo(List.of(
                Map.of("productId", kimbap, "name", "Kimbap", "price", 4_500, "soldOut", false,
                        "options", List.of(Map.of("name", "extra egg", "price", 500, "min", 0, "max", 2))),
                Map.of("productId", coffee, "name", "Coffee", "price", 3_000, "soldOut", false, "options", List.of())));

        Map<String, Object> patched = api.patch("/api/stores/" + storeId + "/products/" + coffee, Map.of("soldOut", true));
        assertThat(patched).containsEntry("productId", coffee).containsEntry("soldOut", true).containsEntry("price", 3_000);
        api.patch("/api/stores/" + storeId + "/products/" + kimbap, Map.of("name", "Tuna kimbap", "price", 5_000));

        List<OutboxRows.Row> rows = outbox.of(storeId);
        assertThat(rows).extracting(OutboxRows.Row::type).containsExactly("store.registered", "menu.changed",
                "menu.changed", "menu.changed", "menu.changed");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.exchange()).isEqualTo("store.events");
            assertThat(row.routingKey()).isEqualTo(row.type());
        });
        assertThat(products(rows.get(1))).extracting(p -> p.get("productId")).containsExactly(kimbap);
        assertThat(products(rows.get(2))).extracting(p -> p.get("productId")).containsExactly(kimbap, coffee);
        assertThat(products(rows.get(3))).extracting(p -> p.get("soldOut")).containsExactly(false, true);
        Map<String, Object> last = json.readValue(rows.get(4).payload(), StoreApi.JSON);
        assertThat(last).containsEntry("storeId", storeId);
        assertThat(last.get("products")).isEqualTo(List.of(
                Map.of("productId", kimbap, "name", "Tuna kimbap", "price", 5_000, "soldOut", false,
                        "options", List.of(Map.of("name", "extra egg", "price", 500, "min", 0, "max", 2))),
                Map.of("productId", coffee, "name", "Coffee", "price", 3_000, "soldOut", true, "options", List.of())));
        assertThat(api.get("/api/stores/" + storeId + "/menu").get("products")).isEqualTo(last.get("products"));
    }

    @Test
    void aPatchThatChangesNothingPublishesNothing() {
        String storeId = api.store(List.of(api.site()), 5);
        String tea = api.product(storeId, "Tea", 2_000, List.of());
        List<Long> before = outbox.tableSizes();

        assertThat(api.patch("/api/stores/" + storeId + "/products/" + tea, Map.of("soldOut", false)))
                .containsEntry("soldOut", false);

        assertThat(outbox.tableSizes()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStoreReadsBackAsRegistered() {
        String siteA = api.site();
        String siteB = api.site();
        String storeId = api.store(List.of(siteA, siteB), 12);
        api.post("/api/stores/" + storeId + "/reject", Map.of("reason", "no hygiene certificate"));

        Map<String, Object> store = api.get("/api/stores/" + storeId);

        assertThat(store).containsOnlyKeys("storeId", "name", "ownerId", "status", "reason", "openTime", "closeTime",
                "siteIds", "capacityPerSlot", "commission");
        assertThat(store).containsEntry("storeId", storeId).containsEntry("status", "REJECTED")
                .containsEntry("reason", "no hygiene certificate").containsEntry("openTime", "09:00")
                .containsEntry("closeTime", "21:00").containsEntry("capacityPerSlot", 12)
                .containsEntry("commission", Map.of("type", "RATE", "value", 1000));
        assertThat((List<Object>) store.get("siteIds")).containsExactlyInAnyOrder(siteA, siteB);
        assertThat(api.refused(HttpRequest.GET("/api/stores/" + UUID.randomUUID()))).satisfies(problem -> {
            assertThat(problem.status()).isEqualTo(404);
            assertThat(problem.field()).isEqualTo("storeId");
        });
    }

    @Test
    void invalidProductsAreRefusedNamingTheFieldAndNothingIsWritten() {
        String storeId = api.store(List.of(api.site()), 5);
        String otherStore = api.store(List.of(api.site()), 5);
        String tea = api.product(storeId, "Tea", 2_000, List.of());
        List<Long> before = outbox.tableSizes();
        String products = "/api/stores/" + storeId + "/products";

        assertRefused(HttpRequest.POST(products, Map.of("name", "Bowl", "price", 8_000, "options",
                List.of(option("rice", 0, 0, 1), option("rice", 500, 0, 1)))), 400, "options[1].name");
        assertRefused(HttpRequest.POST(products, Map.of("name", "Bowl", "price", 8_000, "options",
                List.of(option("rice", 0, 2, 1)))), 400, "options[0].max");
        assertRefused(HttpRequest.POST(products, Map.of("name", "Bowl", "price", 8_000, "options",
                List.of(option("rice", 0, -1, 1)))), 400, "options[0].min");
        assertRefused(HttpRequest.POST(products, Map.of("name", "Bowl", "price", 8_000, "options",
                List.of(option("egg", 0, 0, 1), option("rice", -10, 0, 1)))), 400, "options[1].price");
        Map<String, Object> noMax = new HashMap<>(option("rice", 0, 0, 1));
        noMax.remove("max");
        assertRefused(HttpRequest.POST(products, Map.of("name", "Bowl", "price", 8_000, "options", List.of(noMax))),
                400, "options[0].max");
        assertRefused(HttpRequest.POST(products, Map.of("name", "Bowl", "price", -1)), 400, "price");
        assertRefused(HttpRequest.POST(products, Map.of("name", " ", "price", 100)), 400, "name");
        assertRefused(HttpRequest.POST(products, Map.of("price", 100)), 400, "name");
        assertRefused(HttpRequest.POST("/api/stores/" + UUID.randomUUID() + "/products",
                Map.of("name", "Bowl", "price", 100)), 404, "storeId");
        assertRefused(HttpRequest.PATCH(products + "/" + tea, Map.of()), 400, "soldOut");
        assertRefused(HttpRequest.PATCH(products + "/" + tea, Map.of("price", -5)), 400, "price");
        assertRefused(HttpRequest.PATCH(products + "/" + UUID.randomUUID(), Map.of("soldOut", true)), 404, "productId");
        assertRefused(HttpRequest.PATCH("/api/stores/" + otherStore + "/products/" + tea, Map.of("soldOut", true)),
                404, "productId");
        assertRefused(HttpRequest.GET("/api/stores/" + UUID.randomUUID() + "/menu"), 404, "storeId");

        assertThat(outbox.tableSizes()).isEqualTo(before);
        assertThat(api.get("/api/stores/" + storeId + "/menu").get("products"))
                .isEqualTo(List.of(Map.of("productId", tea, "name", "Tea", "price", 2_000, "soldOut", false,
                        "options", List.of())));
    }

    private void assertRefused(HttpRequest<?> request, int status, String field) {
        StoreApi.Problem problem = api.refused(request);
        assertThat(problem.status()).as("%s %s: %s", request.getMethod(), request.getPath(), problem.body())
                .isEqualTo(status);
        assertThat(problem.field()).as("%s %s: %s", request.getMethod(), request.getPath(), problem.body())
                .isEqualTo(field);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> products(OutboxRows.Row row) throws IOException {
        return (List<Map<String, Object>>) json.readValue(row.payload(), StoreApi.JSON).get("products");
    }
}
