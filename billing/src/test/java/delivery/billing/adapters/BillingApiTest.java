package delivery.billing.adapters;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/** Billing's coupon and points API over HTTP against the real PostgreSQL and RabbitMQ started by the platform scripts. */
@MicronautTest(transactional = false)
class BillingApiTest {

    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    OutboxEvents outbox;
    @Inject
    TransactionOperations<Connection> transactions;
    BlockingHttpClient client;

    @BeforeEach
    void blocking() {
        client = httpClient.toBlocking();
    }

    @Test
    void creatingACouponAnswersItsIdAndNormalisedCodeAndAnnouncesIt() {
        String code = uniqueCode("welcome");
        String expiresAt = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        HttpResponse<Map<String, Object>> created = client.exchange(
                createCoupon(code, "AMOUNT", 3_000, expiresAt), JSON_OBJECT);

        assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
        String couponId = (String) created.body().get("couponId");
        assertThat(UUID.fromString(couponId)).isNotNull();
        assertThat(created.body()).containsEntry("code", code.toUpperCase());
        assertThat(created.header("Location")).isEqualTo("/api/coupons/" + couponId);

        List<OutboxEvents.Row> events = outbox.of(couponId);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.exchange()).isEqualTo("billing.events");
            assertThat(event.type()).isEqualTo("coupon.created");
            assertThat(event.envelope()).containsEntry("type", "coupon.created").containsEntry("version", 1)
                    .containsEntry("aggregateId", couponId);
            assertThat(event.payload()).containsEntry("couponId", couponId)
                    .containsEntry("code", code.toUpperCase()).containsEntry("type", "AMOUNT")
                    .containsEntry("value", 3_000);
            assertThat(Instant.parse((String) event.payload().get("expiresAt"))).isEqualTo(Instant.parse(expiresAt));
        });
        // the relay publishes it to the billing.events exchange of the real broker and marks it sent
        await().atMost(Duration.ofSeconds(15)).until(() -> outbox.of(couponId).get(0).published());
    }

    @Test
    void aCodeThatExistsInAnyCaseIsAConflict() {
        String code = uniqueCode("SPRING");
        client.exchange(createCoupon(code, "PERCENT", 10, inAMonth()));

        Map<String, Object> problem = assertProblem(() -> client.exchange(
                createCoupon(code.toLowerCase(), "AMOUNT", 500, inAMonth())), HttpStatus.CONFLICT, "code");
        assertThat(problem).containsEntry("field", "code");
        assertThat(outbox.withPayload("coupon.created", "code", code)).hasSize(1);
    }

    @Test
    void concurrentCreationsOfOneCodeGiveOneCouponAndConflictsForTheRest() throws Exception {
        String code = uniqueCode("RACE");
        int contenders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    try {
                        return client.exchange(createCoupon(code, "AMOUNT", 1_000, inAMonth())).code();
                    } catch (HttpClientResponseException e) {
                        return e.code();
                    }
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get());
            }

            assertThat(codes).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(outbox.withPayload("coupon.created", "code", code)).hasSize(1);
    }

    @Test
    void invalidCouponsAreABadRequestNamingTheField() {
        assertProblem(() -> client.exchange(createCoupon("AB", "AMOUNT", 1_000, inAMonth())), HttpStatus.BAD_REQUEST, "code");
        assertProblem(() -> client.exchange(createCoupon("NO SPACES", "AMOUNT", 1_000, inAMonth())),
                HttpStatus.BAD_REQUEST, "code");
        assertProblem(() -> client.exchange(createCoupon(uniqueCode("T"), "GIFT", 1_000, inAMonth())),
                HttpStatus.BAD_REQUEST, "type");
        assertProblem(() -> client.exchange(createCoupon(uniqueCode("V"), "AMOUNT", 0, inAMonth())),
                HttpStatus.BAD_REQUEST, "value");
        assertProblem(() -> client.exchange(createCoupon(uniqueCode("P"), "PERCENT", 101, inAMonth())),
                HttpStatus.BAD_REQUEST, "value");
        assertProblem(() -> client.exchange(createCoupon(uniqueCode("E"), "AMOUNT", 1_000, "2020-01-01T00:00:00Z")),
                HttpStatus.BAD_REQUEST, "expiresAt");
        assertProblem(() -> client.exchange(createCoupon(uniqueCode("E"), "AMOUNT", 1_000, "next tuesday")),
                HttpStatus.BAD_REQUEST, "expiresAt");
        assertProblem(() -> client.exchange(createCoupon(uniqueCode("E"), "AMOUNT", 1_000, "2031-02-30T00:00:00Z")),
                HttpStatus.BAD_REQUEST, "expiresAt");
        assertProblem(() -> client.exchange(HttpRequest.POST("/api/coupons",
                Map.of("code", uniqueCode("F"), "type", "AMOUNT", "value", 12.5, "expiresAt", inAMonth()))),
                HttpStatus.BAD_REQUEST, "value");
        assertProblem(() -> client.exchange(HttpRequest.POST("/api/coupons", Map.of("code", uniqueCode("M")))),
                HttpStatus.BAD_REQUEST, "type");
    }

    @Test
    void anInstantWithAnOffsetIsAccepted() {
        String code = uniqueCode("SEOUL");
        client.exchange(createCoupon(code, "PERCENT", 5, "2099-03-01T00:00:00+09:00"));
        assertThat(outbox.withPayload("coupon.created", "code", code)).singleElement()
                .satisfies(event -> assertThat(Instant.parse((String) event.payload().get("expiresAt")))
                        .isEqualTo(Instant.parse("2099-02-28T15:00:00Z")));
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(() -> client.exchange(HttpRequest.POST("/api/coupons", "{\"code\": \"X1\", ")
                .contentType(MediaType.APPLICATION_JSON_TYPE)), HttpStatus.BAD_REQUEST, null);
        assertProblem(() -> client.exchange(HttpRequest.POST("/api/coupons",
                "{\"code\": \"ABC\", \"type\": \"AMOUNT\", \"value\": \"lots\", \"expiresAt\": \"2099-01-01T00:00:00Z\"}")
                .contentType(MediaType.APPLICATION_JSON_TYPE)), HttpStatus.BAD_REQUEST, null);
    }

    @Test
    void aCustomersPointBalanceIsTheSumOfTheLedger() {
        UUID customer = UUID.randomUUID();
        assertThat(client.retrieve(HttpRequest.GET("/api/points/" + customer), JSON_OBJECT))
                .isEqualTo(Map.of("customerId", customer.toString(), "balance", 0));

        // nothing earns or spends points yet: the test writes the entries the saga will write
        ledgerEntry(customer, 1_500, "order delivered", UUID.randomUUID());
        ledgerEntry(customer, -500, "redeemed on an order", UUID.randomUUID());
        ledgerEntry(customer, 200, "welcome bonus", null);
        ledgerEntry(UUID.randomUUID(), 9_999, "someone else", null);

        assertThat(client.retrieve(HttpRequest.GET("/api/points/" + customer), JSON_OBJECT))
                .isEqualTo(Map.of("customerId", customer.toString(), "balance", 1_200));
        assertProblem(() -> client.exchange(HttpRequest.GET("/api/points/not-a-uuid")), HttpStatus.BAD_REQUEST,
                "customerId");
    }

    private static HttpRequest<?> createCoupon(String code, String type, long value, String expiresAt) {
        return HttpRequest.POST("/api/coupons", Map.of("code", code, "type", type, "value", value, "expiresAt", expiresAt));
    }

    private static String inAMonth() {
        return Instant.now().plus(30, ChronoUnit.DAYS).toString();
    }

    private static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private void ledgerEntry(UUID customerId, long delta, String reason, UUID orderId) {
        transactions.executeWrite(tx -> {
            try (var statement = tx.getConnection().prepareStatement(
                    "insert into point_ledger (customer_id, delta, reason, order_id) values (?, ?, ?, ?)")) {
                statement.setObject(1, customerId);
                statement.setLong(2, delta);
                statement.setString(3, reason);
                statement.setObject(4, orderId);
                return statement.executeUpdate();
            }
        });
    }

    /** Asserts an RFC 9457 problem with the status and, when given, the offending field among those it names. */
    private static Map<String, Object> assertProblem(Runnable call, HttpStatus status, String field) {
        HttpClientResponseException error = catchThrowableOfType(HttpClientResponseException.class, call::run);
        assertThat(error).as("expected %s", status).isNotNull();
        assertThat(error.code()).isEqualTo(status.getCode());
        assertThat(error.getResponse().getContentType()).hasValueSatisfying(type ->
                assertThat(type.toString()).isEqualTo("application/problem+json"));
        Map<String, Object> problem = error.getResponse().getBody(JSON_OBJECT).orElseThrow();
        assertThat(problem).containsEntry("status", status.getCode());
        if (field != null) {
            List<Object> fields = new ArrayList<>();
            fields.add(problem.get("field"));
            if (problem.get("errors") instanceof List<?> errors) {
                errors.forEach(each -> fields.add(((Map<?, ?>) each).get("field")));
            }
            assertThat(fields).as("fields named by %s", problem).contains(field);
        }
        return problem;
    }
}
