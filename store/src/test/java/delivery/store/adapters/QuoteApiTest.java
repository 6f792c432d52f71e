package delivery.store.adapters;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static delivery.store.adapters.StoreApi.option;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quote the order service asks for, against the real PostgreSQL, at fixed times of day in
 * Asia/Seoul: the priced answer, every refusal with its status and field, and no write at all.
 */
@MicronautTest(transactional = false)
class QuoteApiTest {

    private static final Instant TEN_IN_SEOUL = Instant.parse("2026-03-02T01:00:00Z");

    @Inject
    StoreApi api;
    @Inject
    OutboxRows outbox;
    @Inject
    AdjustableClock clock;

    String siteId;
    String slotId;
    String storeId;
    String kimbap;
    String coffee;

    @BeforeEach
    void aStoreWithAMenu() {
        clock.set(TEN_IN_SEOUL);
        siteId = api.site();
        slotId = api.slot(siteId, "11:00", "11:30", "12:00");
        storeId = api.approvedStore(List.of(siteId), 20);
        kimbap = api.product(storeId, "Kimbap", 4_500, List.of(option("extra egg", 500, 0, 2), option("spicy", 0, 0, 1)));
        coffee = api.product(storeId, "Coffee", 3_000, List.of(option("size up", 700, 1, 1)));
    }

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    private String quotes(String store) {
        return "/api/stores/" + store + "/quotes";
    }

    private Map<String, Object> body(List<?> items) {
        Map<String, Object> body = new HashMap<>();
        body.put("siteId", siteId);
        body.put("slotId", slotId);
        body.put("items", items);
        return body;
    }

    private static Map<String, Object> item(String productId, int quantity, List<?> options) {
        return Map.of("productId", productId, "quantity", quantity, "options", options);
    }

    private static Map<String, Object> chosen(String name, int quantity) {
        return Map.of("name", name, "quantity", quantity);
    }

    @Test
    void anOrderIsPricedLineByLineAndNothingIsWritten() {
        List<Long> before = outbox.tableSizes();

        Map<String, Object> quote = api.post(quotes(storeId), body(List.of(
                item(kimbap, 2, List.of(chosen("extra egg", 2))),
                item(coffee, 1, List.of(chosen("size up", 1))))));

        assertThat(quote).isEqualTo(Map.of("storeId", storeId, "siteId", siteId, "slotId", slotId,
                "lines", List.of(
                        Map.of("productId", kimbap, "name", "Kimbap", "unitPrice", 4_500, "quantity", 2,
                                "options", List.of(Map.of("name", "extra egg", "unitPrice", 500, "quantity", 2))),
                        Map.of("productId", coffee, "name", "Coffee", "unitPrice", 3_000, "quantity", 1,
                                "options", List.of(Map.of("name", "size up", "unitPrice", 700, "quantity", 1)))),
                "totalAmount", 2 * (4_500 + 2 * 500) + 3_000 + 700));
        Map<String, Object> plain = api.post(quotes(storeId), body(List.of(Map.of("productId", kimbap, "quantity", 1))));
        assertThat(plain).containsEntry("totalAmount", 4_500);
        assertThat(outbox.tableSizes()).isEqualTo(before);
    }

    @Test
    void theQuoteFollowsTheMenuAsItChanges() {
        api.patch("/api/stores/" + storeId + "/products/" + kimbap, Map.of("price", 5_000));
        assertThat(api.post(quotes(storeId), body(List.of(item(kimbap, 3, List.of())))))
                .containsEntry("totalAmount", 15_000);
    }

    @Test
    void everyRefusalNamesItsCauseAndWritesNothing() {
        String otherSite = api.site();
        String otherSlot = api.slot(otherSite, "11:00", "11:30", "12:00");
        String pendingStore = api.store(List.of(siteId), 20);
        String pendingProduct = api.product(pendingStore, "Soup", 6_000, List.of());
        String otherStoresProduct = api.product(pendingStore, "Tea", 2_000, List.of());
        List<Long> before = outbox.tableSizes();
        Map<String, Object> ok = item(kimbap, 1, List.of());

        assertRefused(quotes(UUID.randomUUID().toString()), body(List.of(ok)), 404, "storeId");
        assertRefused(quotes(storeId), body(List.of(ok, item(UUID.randomUUID().toString(), 1, List.of()))), 404,
                "items[1].productId");
        assertRefused(quotes(storeId), body(List.of(item(otherStoresProduct, 1, List.of()))), 404, "items[0].productId");
        Map<String, Object> unknownSlot = body(List.of(ok));
        unknownSlot.put("slotId", UUID.randomUUID().toString());
        assertRefused(quotes(storeId), unknownSlot, 404, "slotId");
        Map<String, Object> slotOfAnotherSite = body(List.of(ok));
        slotOfAnotherSite.put("slotId", otherSlot);
        assertRefused(quotes(storeId), slotOfAnotherSite, 404, "slotId");
        Map<String, Object> siteNotServed = body(List.of(ok));
        siteNotServed.put("siteId", otherSite);
        siteNotServed.put("slotId", otherSlot);
        assertRefused(quotes(storeId), siteNotServed, 409, "siteId");
        assertRefused(quotes(pendingStore), body(List.of(item(pendingProduct, 1, List.of()))), 409, "storeId");
        assertRefused(quotes(storeId), body(List.of(item(kimbap, 0, List.of()))), 400, "items[0].quantity");
        assertRefused(quotes(storeId), body(List.of(ok, item(kimbap, 1, List.of(chosen("cheese", 1))))), 400,
                "items[1].options[0].name");
        assertRefused(quotes(storeId), body(List.of(item(kimbap, 1, List.of(chosen("spicy", 1), chosen("extra egg", 3))))),
                400, "items[0].options[1].quantity");
        assertRefused(quotes(storeId), body(List.of(item(coffee, 1, List.of(chosen("size up", 2))))), 400,
                "items[0].options[0].quantity");
        assertRefused(quotes(storeId), body(List.of()), 400, "items");
        Map<String, Object> noItems = body(List.of());
        noItems.remove("items");
        assertRefused(quotes(storeId), noItems, 400, "items");
        Map<String, Object> noSlot = body(List.of(ok));
        noSlot.remove("slotId");
        assertRefused(quotes(storeId), noSlot, 400, "slotId");

        api.patch("/api/stores/" + storeId + "/products/" + coffee, Map.of("soldOut", true));
        List<Long> afterSoldOut = outbox.tableSizes();
        assertRefused(quotes(storeId), body(List.of(ok, item(coffee, 1, List.of(chosen("size up", 1))))), 409,
                "items[1].productId");
        clock.set(Instant.parse("2026-03-02T02:30:00Z")); // 11:30 in Seoul: open, but past the 11:00 deadline
        assertRefused(quotes(storeId), body(List.of(ok)), 409, "slotId");
        clock.set(Instant.parse("2026-03-02T13:00:00Z")); // 22:00 in Seoul: closed
        assertRefused(quotes(storeId), body(List.of(ok)), 409, "storeId");
        clock.set(Instant.parse("2026-03-01T23:59:00Z")); // 08:59 in Seoul: not open yet
        assertRefused(quotes(storeId), body(List.of(ok)), 409, "storeId");

        assertThat(afterSoldOut.get(0)).isEqualTo(before.get(0) + 1); // the menu.changed of the sold-out patch
        assertThat(outbox.tableSizes()).isEqualTo(afterSoldOut);
    }

    @Test
    void anOrderAtTheDeadlineItselfIsStillTaken() {
        clock.set(Instant.parse("2026-03-02T02:00:00Z")); // 11:00 in Seoul
        assertThat(api.post(quotes(storeId), body(List.of(item(kimbap, 1, List.of()))))).containsEntry("totalAmount", 4_500);
        clock.set(Instant.parse("2026-03-02T02:00:01Z"));
        assertThat(api.refused(HttpRequest.POST(quotes(storeId), body(List.of(item(kimbap, 1, List.of()))))).field())
                .isEqualTo("slotId");
    }

    private void assertRefused(String path, Map<String, Object> body, int status, String field) {
        StoreApi.Problem problem = api.refused(HttpRequest.POST(path, body));
        assertThat(problem.status()).as("%s: %s", body, problem.body()).isEqualTo(status);
        assertThat(problem.field()).as("%s: %s", body, problem.body()).isEqualTo(field);
        assertThat(problem.body().get("detail")).isNotNull();
    }
}
