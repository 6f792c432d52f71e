package delivery.order.adapters.out.http;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import delivery.order.OutboxRows;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The order service's contract with the store service's quote endpoint (consumer {@code order},
 * provider {@code store}), written to contracts/pacts/order-store.json. Each test runs the whole
 * order service against the Pact mock server: a placement priced by the store, and one the store
 * refuses, passed on to the client with nothing written.
 *
 * <p>Provider states (see contracts/README.md) return the ids the request uses:
 * {@code storeId}, {@code siteId}, {@code slotId}, {@code productId}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "store", pactVersion = PactSpecVersion.V4)
class StoreQuotePactTest {

    static final String OPEN_STORE = "an approved store with a product and an open slot";
    static final String UNAPPROVED_STORE = "a store that is not approved yet, with a product and an open slot";

    static final UUID STORE = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-001122334455");
    static final UUID SITE = UUID.fromString("7a2b3c4d-5e6f-4a7b-8c9d-112233445566");
    static final UUID SLOT = UUID.fromString("8b3c4d5e-6f7a-4b8c-9d0e-223344556677");
    static final UUID PRODUCT = UUID.fromString("9c4d5e6f-7a8b-4c9d-8e1f-334455667788");

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Pact(consumer = "order")
    V4Pact quote(PactDslWithProvider builder) {
        return builder.given(OPEN_STORE)
                .uponReceiving("a quote for an order of a product with an option")
                .method("POST")
                .pathFromProviderState("/api/stores/${storeId}/quotes", "/api/stores/" + STORE + "/quotes")
                .headers("Content-Type", "application/json")
                .body(quoteRequest())
                .willRespondWith()
                .status(200)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(newJsonBody(quote -> {
                    quote.valueFromProviderState("storeId", "storeId", STORE.toString());
                    quote.valueFromProviderState("siteId", "siteId", SITE.toString());
                    quote.valueFromProviderState("slotId", "slotId", SLOT.toString());
                    quote.minArrayLike("lines", 1, line -> {
                        line.valueFromProviderState("productId", "productId", PRODUCT.toString());
                        line.stringType("name", "Bibimbap");
                        line.integerType("unitPrice", 8000);
                        line.integerType("quantity", 2);
                        line.minArrayLike("options", 1, option -> {
                            option.stringType("name", "extra egg");
                            option.integerType("unitPrice", 500);
                            option.integerType("quantity", 1);
                        });
                    });
                    quote.integerType("totalAmount", 17_000);
                }).build())
                .toPact(V4Pact.class);
    }

    @Pact(consumer = "order")
    V4Pact refusal(PactDslWithProvider builder) {
        return builder.given(UNAPPROVED_STORE)
                .uponReceiving("a quote for an order at a store that is not approved")
                .method("POST")
                .pathFromProviderState("/api/stores/${storeId}/quotes", "/api/stores/" + STORE + "/quotes")
                .headers("Content-Type", "application/json")
                .body(quoteRequest())
                .willRespondWith()
                .status(409)
                .matchHeader("Content-Type", "application/problem\\+json.*", "application/problem+json")
                .body(newJsonBody(problem -> {
                    problem.numberValue("status", 409);
                    problem.stringType("detail", "store " + STORE + " is not approved");
                    problem.stringType("field", "storeId");
                }).build())
                .toPact(V4Pact.class);
    }

    /** Exactly what the order service sends; the ids come from the provider state. */
    private static DslPart quoteRequest() {
        return newJsonBody(request -> {
            request.valueFromProviderState("siteId", "siteId", SITE.toString());
            request.valueFromProviderState("slotId", "slotId", SLOT.toString());
            request.array("items", items -> items.object(item -> {
                item.valueFromProviderState("productId", "productId", PRODUCT.toString());
                item.numberValue("quantity", 2);
                item.array("options", options -> options.object(option -> {
                    option.stringValue("name", "extra egg");
                    option.numberValue("quantity", 1);
                }));
            }));
        }).build();
    }

    @Test
    @SuppressWarnings("unchecked")
    @PactTestFor(pactMethod = "quote")
    void anOrderIsPricedByTheStore(MockServer store) throws Exception {
        try (EmbeddedServer server = orderService(store)) {
            HttpClient http = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
            UUID customer = UUID.randomUUID();

            HttpResponse<Map<String, Object>> placed = http.toBlocking().exchange(
                    HttpRequest.POST("/api/orders", order(customer)), JSON);

            assertThat(placed.code()).isEqualTo(201);
            assertThat(placed.body()).containsEntry("status", "PAYMENT_PENDING").containsEntry("totalAmount", 17_000);
            UUID orderId = UUID.fromString(placed.body().get("orderId").toString());
            Map<String, Object> order = http.toBlocking().retrieve(HttpRequest.GET("/api/orders/" + orderId), JSON);
            assertThat(order).containsEntry("storeId", STORE.toString()).containsEntry("totalAmount", 17_000);
            assertThat((List<Object>) order.get("items")).containsExactly((Object) Map.of("productId", PRODUCT.toString(),
                    "name", "Bibimbap", "unitPrice", 8000, "quantity", 2, "amount", 17_000,
                    "options", List.of(Map.of("name", "extra egg", "unitPrice", 500, "quantity", 1))));
            // priced by the store itself: the timeline says nothing about a fallback
            assertThat((List<Map<String, Object>>) order.get("timeline"))
                    .singleElement().satisfies(entry -> assertThat(entry.get("reason")).isNull());

            List<OutboxRows.Row> events = server.getApplicationContext().getBean(OutboxRows.class).of(orderId);
            assertThat(events).extracting(OutboxRows.Row::routingKey).containsExactly("order.placed");
            Map<?, ?> payload = server.getApplicationContext().getBean(JsonMapper.class)
                    .readValue(events.get(0).payload(), Map.class);
            assertThat(payload.get("totalAmount")).isEqualTo(17_000);
            assertThat(payload.get("cardToken")).isEqualTo("tok_visa");
        }
    }

    @Test
    @PactTestFor(pactMethod = "refusal")
    void aRefusalIsPassedOnAndNothingIsWritten(MockServer store) throws Exception {
        try (EmbeddedServer server = orderService(store)) {
            HttpClient http = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
            UUID customer = UUID.randomUUID();

            HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                    () -> http.toBlocking().exchange(HttpRequest.POST("/api/orders", order(customer)), JSON));

            assertThat(e.code()).isEqualTo(409);
            assertThat(e.getResponse().getContentType()).hasValueSatisfying(type ->
                    assertThat(type.toString()).isEqualTo("application/problem+json"));
            assertThat(e.getResponse().getBody(JSON).orElseThrow()).containsEntry("status", 409)
                    .containsEntry("field", "storeId")
                    .containsEntry("detail", "store " + STORE + " is not approved");
            assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/orders?customerId=" + customer), JSON))
                    .containsEntry("total", 0);
            assertThat(server.getApplicationContext().getBean(OutboxRows.class).ofCustomer(customer)).isEmpty();
        }
    }

    private static EmbeddedServer orderService(MockServer store) {
        return ApplicationContext.run(EmbeddedServer.class,
                Map.of("micronaut.http.services.store.url", store.getUrl()), "test");
    }

    private static Map<String, Object> order(UUID customer) {
        return Map.of("customerId", customer, "storeId", STORE, "siteId", SITE, "slotId", SLOT,
                "items", List.of(Map.of("productId", PRODUCT, "quantity", 2,
                        "options", List.of(Map.of("name", "extra egg", "quantity", 1)))),
                "payment", Map.of("method", "CARD", "cardToken", "tok_visa"));
    }
}
