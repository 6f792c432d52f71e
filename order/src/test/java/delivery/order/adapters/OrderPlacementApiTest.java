package delivery.order.adapters;

import delivery.messaging.EventCodec;
import delivery.order.OutboxRows;
import delivery.order.adapters.StoreEvents.Catalog;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * Placement with the store service unreachable (its URL is a closed port): orders are priced
 * from the catalog copy, which real store events fed through RabbitMQ and the listener; the
 * copy applies the store's rules; what neither the store nor the copy can vouch for is a fast
 * 503; a refused or invalid order writes nothing. It is 11:30 in Seoul for these tests.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderPlacementApiTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:30:00Z"); // 11:30 Asia/Seoul
    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    EventCodec codec;
    @Inject
    OutboxRows outbox;
    @Inject
    JsonMapper json;

    StoreEvents storeEvents;
    final Catalog catalog = Catalog.random();
    final Catalog pastDeadline = Catalog.random();
    final Catalog notApproved = Catalog.random();

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(NOW, ZoneId.of("Asia/Seoul"));
    }

    @BeforeAll
    void feedTheCatalogCopyThroughRabbitMq() throws Exception {
        storeEvents = new StoreEvents(codec);
        storeEvents.publishCatalog(catalog, "12:00", true);
        storeEvents.publishCatalog(pastDeadline, "11:00", true);
        storeEvents.publishCatalog(notApproved, "12:00", false);
        // the copy is complete once the store's menu prices an order
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> status(place(order(catalog, UUID.randomUUID()))) == 201);
    }

    @AfterAll
    void close() throws Exception {
        storeEvents.close();
    }

    @Test
    void withTheStoreDownAnOrderIsPricedFromTheCatalogCopyAndAnnouncedToBilling() throws IOException {
        UUID customer = UUID.randomUUID();
        Map<String, Object> request = order(catalog, customer);

        HttpResponse<Map<String, Object>> response = http.toBlocking().exchange(post(request), JSON);

        assertThat(response.code()).isEqualTo(201);
        Map<String, Object> body = response.body();
        // 2 × (8000 + 1 × 500 extra egg) + 1 × 1500
        assertThat(body).containsEntry("status", "PAYMENT_PENDING").containsEntry("totalAmount", 18_500);
        String orderId = body.get("orderId").toString();
        assertThat(response.header("Location")).isEqualTo("/api/orders/" + orderId);

        Map<String, Object> order = http.toBlocking().retrieve(HttpRequest.GET("/api/orders/" + orderId), JSON);
        assertThat(order).containsEntry("status", "PAYMENT_PENDING").containsEntry("totalAmount", 18_500)
                .containsEntry("customerId", customer.toString());
        List<Map<String, Object>> items = list(order.get("items"));
        assertThat(items).extracting(item -> item.get("name"), item -> item.get("unitPrice"), item -> item.get("amount"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bibimbap", 8000, 17_000),
                        org.assertj.core.groups.Tuple.tuple("Barley tea", 1500, 1500));
        assertThat(list(items.get(0).get("options"))).containsExactly(
                Map.of("name", "extra egg", "unitPrice", 500, "quantity", 1));
        assertThat((String) list(order.get("timeline")).get(0).get("reason")).contains("catalog copy");

        List<OutboxRows.Row> events = outbox.of(UUID.fromString(orderId));
        assertThat(events).extracting(OutboxRows.Row::exchange, OutboxRows.Row::routingKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order.events", "order.placed"));
        Map<?, ?> placed = json.readValue(events.get(0).payload(), Map.class);
        assertThat(placed.get("orderId")).isEqualTo(orderId);
        assertThat(placed.get("paymentMethod")).isEqualTo("CARD");
        assertThat(placed.get("cardToken")).isEqualTo("tok_visa");
        assertThat(placed.get("couponCode")).isEqualTo("WELCOME10");
        assertThat(placed.get("points")).isEqualTo(300);
        assertThat(placed.get("totalAmount")).isEqualTo(18_500);
        assertThat(placed.get("note")).isEqualTo("no spoon, please");
    }

    @Test
    void aVirtualAccountOrderCarriesNoCardToken() throws IOException {
        UUID customer = UUID.randomUUID();
        Map<String, Object> request = order(catalog, customer);
        request.put("payment", Map.of("method", "VIRTUAL_ACCOUNT"));
        request.remove("couponCode");
        request.remove("points");

        Map<String, Object> body = http.toBlocking().retrieve(post(request), JSON);

        Map<?, ?> placed = json.readValue(outbox.of(UUID.fromString(body.get("orderId").toString())).get(0).payload(),
                Map.class);
        assertThat(placed.get("paymentMethod")).isEqualTo("VIRTUAL_ACCOUNT");
        assertThat(placed.get("cardToken")).isNull();
        assertThat(placed.get("points")).isEqualTo(0);
    }

    @Test
    void theCatalogCopyRefusesWhatTheStoreWouldRefuseAndNothingIsWritten() {
        UUID customer = UUID.randomUUID();

        Map<String, Object> soldOut = order(catalog, customer);
        soldOut.put("items", List.of(Map.of("productId", catalog.soldOutKimbap(), "quantity", 1)));
        assertThat(problem(post(soldOut), 409)).containsEntry("field", "items[0].productId");

        Map<String, Object> tooManyEggs = order(catalog, customer);
        tooManyEggs.put("items", List.of(Map.of("productId", catalog.bibimbap(), "quantity", 1,
                "options", List.of(Map.of("name", "extra egg", "quantity", 3)))));
        assertThat(problem(post(tooManyEggs), 400)).containsEntry("field", "items[0].options[0].quantity");

        Map<String, Object> unknownOption = order(catalog, customer);
        unknownOption.put("items", List.of(Map.of("productId", catalog.tea(), "quantity", 1,
                "options", List.of(Map.of("name", "ice", "quantity", 1)))));
        assertThat(problem(post(unknownOption), 400)).containsEntry("field", "items[0].options[0].name");

        assertThat(problem(post(order(pastDeadline, customer)), 409)).containsEntry("field", "slotId");
        assertThat(problem(post(order(notApproved, customer)), 409)).containsEntry("field", "storeId");

        Map<String, Object> otherSite = order(catalog, customer);
        otherSite.put("siteId", pastDeadline.siteId());
        otherSite.put("slotId", pastDeadline.slotId());
        assertThat(problem(post(otherSite), 409)).containsEntry("field", "siteId");

        assertNothingWrittenFor(customer);
    }

    @Test
    void whatNeitherTheStoreNorTheCopyKnowsIsAFastServiceUnavailableProblem() {
        UUID customer = UUID.randomUUID();
        Map<String, Object> unknownProduct = order(catalog, customer);
        unknownProduct.put("items", List.of(Map.of("productId", UUID.randomUUID(), "quantity", 1)));
        Map<String, Object> unknownStore = order(catalog, customer);
        unknownStore.put("storeId", UUID.randomUUID());
        Map<String, Object> unknownSlot = order(catalog, customer);
        unknownSlot.put("slotId", UUID.randomUUID());

        for (Map<String, Object> request : List.of(unknownProduct, unknownStore, unknownSlot)) {
            long started = System.nanoTime();
            HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                    () -> http.toBlocking().exchange(post(request), JSON));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(e.code()).isEqualTo(503);
            assertThat(e.getResponse().getContentType()).hasValueSatisfying(type ->
                    assertThat(type.toString()).isEqualTo("application/problem+json"));
            assertThat(e.getResponse().header("Retry-After")).isNotBlank();
            Map<String, Object> problem = e.getResponse().getBody(JSON).orElseThrow();
            assertThat(problem).containsEntry("status", 503);
            assertThat((String) problem.get("detail")).contains("store service is unavailable")
                    .contains("catalog copy cannot vouch");
            // the circuit is open by now: no waiting on the store at all
            assertThat(took).isLessThan(Duration.ofMillis(1500));
        }
        assertNothingWrittenFor(customer);
    }

    @Test
    void invalidInputIsABadRequestNamingTheFieldsAndWritesNothing() {
        UUID customer = UUID.randomUUID();

        Map<String, Object> noToken = order(catalog, customer);
        noToken.put("payment", Map.of("method", "CARD"));
        assertThat(problem(post(noToken), 400)).containsEntry("field", "payment.cardToken");

        Map<String, Object> tokenForTransfer = order(catalog, customer);
        tokenForTransfer.put("payment", Map.of("method", "VIRTUAL_ACCOUNT", "cardToken", "tok_visa"));
        assertThat(problem(post(tokenForTransfer), 400)).containsEntry("field", "payment.cardToken");

        Map<String, Object> bitcoin = order(catalog, customer);
        bitcoin.put("payment", Map.of("method", "BITCOIN"));
        assertThat(problem(post(bitcoin), 400)).containsEntry("field", "payment.method");

        Map<String, Object> negativePoints = order(catalog, customer);
        negativePoints.put("points", -1);
        assertThat(problem(post(negativePoints), 400)).containsEntry("field", "points");

        Map<String, Object> noItems = order(catalog, customer);
        noItems.put("items", List.of());
        assertThat(problem(post(noItems), 400)).containsEntry("field", "items");

        Map<String, Object> zeroQuantity = order(catalog, customer);
        zeroQuantity.put("items", List.of(Map.of("productId", catalog.tea(), "quantity", 0)));
        assertThat(problem(post(zeroQuantity), 400)).containsEntry("field", "items[0].quantity");

        Map<String, Object> negativeOption = order(catalog, customer);
        negativeOption.put("items", List.of(Map.of("productId", catalog.bibimbap(), "quantity", 1,
                "options", List.of(Map.of("name", "extra egg", "quantity", -1)))));
        assertThat(problem(post(negativeOption), 400)).containsEntry("field", "items[0].options[0].quantity");

        Map<String, Object> noStore = order(catalog, customer);
        noStore.remove("storeId");
        noStore.remove("slotId");
        Map<String, Object> problem = problem(post(noStore), 400);
        assertThat(list(problem.get("errors"))).extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("slotId", "storeId");

        assertNothingWrittenFor(customer);
    }

    @Test
    void aRetriedRequestGetsTheSameAnswerWithoutASecondOrderOrEvent() {
        UUID customer = UUID.randomUUID();
        Map<String, Object> request = order(catalog, customer);
        String key = UUID.randomUUID().toString();

        HttpResponse<Map<String, Object>> first = http.toBlocking().exchange(post(request).header("Idempotency-Key", key), JSON);
        HttpResponse<Map<String, Object>> retry = http.toBlocking().exchange(post(request).header("Idempotency-Key", key), JSON);

        assertThat(first.code()).isEqualTo(201);
        assertThat(retry.code()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertOneOrderWithOneEventFor(customer);

        // the answer stays the answer to the placement, whatever the order went through since
        http.toBlocking().exchange(HttpRequest.POST("/api/orders/" + first.body().get("orderId") + "/cancel",
                Map.of("reason", "changed my mind")), JSON);
        assertThat(http.toBlocking().retrieve(post(request).header("Idempotency-Key", key), JSON)).isEqualTo(first.body());

        // without a key, the same request is another order
        http.toBlocking().exchange(post(request), JSON);
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/orders?customerId=" + customer), JSON))
                .containsEntry("total", 2);
    }

    @Test
    void aKeyUsedForAnotherRequestIsUnprocessable() {
        UUID customer = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        http.toBlocking().exchange(post(order(catalog, customer)).header("Idempotency-Key", key), JSON);

        Map<String, Object> other = order(catalog, customer);
        other.put("note", "extra napkins");
        Map<String, Object> problem = problem(post(other).header("Idempotency-Key", key), 422);

        assertThat(problem).containsEntry("status", 422).containsEntry("field", "Idempotency-Key");
        assertOneOrderWithOneEventFor(customer);
    }

    @Test
    void concurrentRetriesOfOneRequestPlaceOneOrder() throws Exception {
        UUID customer = UUID.randomUUID();
        Map<String, Object> request = order(catalog, customer);
        String key = UUID.randomUUID().toString();
        int retries = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(retries);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<HttpResponse<Map<String, Object>>>> answers = new ArrayList<>();
            for (int i = 0; i < retries; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.toBlocking().exchange(post(request).header("Idempotency-Key", key), JSON);
                }));
            }
            start.countDown();
            List<HttpResponse<Map<String, Object>>> responses = new ArrayList<>();
            for (var answer : answers) {
                responses.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }

            assertThat(responses).allSatisfy(response -> assertThat(response.code()).isEqualTo(201));
            assertThat(responses).extracting(HttpResponse::body).containsOnly(responses.get(0).body());
        } finally {
            pool.shutdownNow();
        }
        assertOneOrderWithOneEventFor(customer);
    }

    private void assertOneOrderWithOneEventFor(UUID customer) {
        Map<String, Object> history = http.toBlocking().retrieve(HttpRequest.GET("/api/orders?customerId=" + customer), JSON);
        assertThat(history).containsEntry("total", 1);
        assertThat(outbox.ofCustomer(customer)).extracting(OutboxRows.Row::routingKey).startsWith("order.placed")
                .filteredOn(routingKey -> routingKey.equals("order.placed")).hasSize(1);
    }

    private void assertNothingWrittenFor(UUID customer) {
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/orders?customerId=" + customer), JSON))
                .containsEntry("total", 0);
        assertThat(outbox.ofCustomer(customer)).isEmpty();
    }

    static Map<String, Object> order(Catalog catalog, UUID customer) {
        Map<String, Object> order = new HashMap<>();
        order.put("customerId", customer);
        order.put("storeId", catalog.storeId());
        order.put("siteId", catalog.siteId());
        order.put("slotId", catalog.slotId());
        order.put("items", new ArrayList<>(List.of(
                Map.of("productId", catalog.bibimbap(), "quantity", 2,
                        "options", List.of(Map.of("name", "extra egg", "quantity", 1))),
                Map.of("productId", catalog.tea(), "quantity", 1))));
        order.put("note", "no spoon, please");
        order.put("payment", Map.of("method", "CARD", "cardToken", "tok_visa"));
        order.put("couponCode", "WELCOME10");
        order.put("points", 300);
        return order;
    }

    private static MutableHttpRequest<Map<String, Object>> post(Map<String, Object> body) {
        return HttpRequest.POST("/api/orders", body);
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, JSON).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }

    private MutableHttpRequest<Map<String, Object>> place(Map<String, Object> order) {
        return post(order);
    }

    private Map<String, Object> problem(HttpRequest<?> request, int status) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request, JSON));
        assertThat(e).as("%s answers an error", request.getPath()).isNotNull();
        assertThat(e.code()).as(e.getResponse().getBody(String.class).orElse("")).isEqualTo(status);
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(type ->
                assertThat(type.toString()).isEqualTo("application/problem+json"));
        return e.getResponse().getBody(JSON).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
