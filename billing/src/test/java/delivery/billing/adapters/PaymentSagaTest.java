package delivery.billing.adapters;

import delivery.billing.adapters.out.gateway.SimulatedPaymentGateway;
import delivery.billing.application.port.in.ExpireVirtualAccountsUseCase;
import delivery.billing.application.port.in.PayForOrderUseCase;
import delivery.billing.application.port.in.PayForOrderUseCase.PayForOrderCommand;
import delivery.billing.domain.OrderLine;
import delivery.billing.domain.PaymentMethod;
import delivery.messaging.EventEnvelope;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static delivery.billing.adapters.Bus.item;
import static delivery.billing.adapters.Bus.option;
import static delivery.billing.adapters.Bus.orderPlaced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The money side of the saga against the real PostgreSQL and RabbitMQ (test vhost): events in
 * through billing's queues, payments and settlements out through the HTTP API and the outbox.
 */
@MicronautTest(transactional = false)
class PaymentSagaTest {

    private static final Argument<List<Map<String, Object>>> JSON_LIST =
            Argument.listOf(Argument.mapOf(String.class, Object.class));
    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    Bus bus;
    @Inject
    OutboxEvents outbox;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    SimulatedPaymentGateway gateway;
    @Inject
    ExpireVirtualAccountsUseCase expireVirtualAccounts;
    @Inject
    PayForOrderUseCase payForOrder;
    BlockingHttpClient client;

    UUID customer;
    UUID store;

    @BeforeEach
    void setUp() {
        client = httpClient.toBlocking();
        customer = UUID.randomUUID();
        store = UUID.randomUUID();
    }

    // --- exactly once ---------------------------------------------------------------------------

    @Test
    void theSameOrderPlacedDeliveredTwiceConcurrentlyChargesOnce() throws Exception {
        UUID order = UUID.randomUUID();
        Map<String, Object> placed = orderPlaced(order, customer, store, "CARD", "tok_visa", null, 0,
                List.of(item(UUID.randomUUID(), 9_000, 1)));
        EventEnvelope event = bus.event("order.placed", order, placed);
        EventEnvelope republished = bus.event("order.placed", order, placed); // same order, another event id

        bus.publish("order.events", event);
        bus.publish("order.events", event);
        bus.publish("order.events", republished);

        awaitInbox(event.eventId(), republished.eventId());
        Thread.sleep(1_000); // the duplicate of the first event arrives, waits on the inbox row and is dropped

        assertThat(paymentsOf(order)).singleElement().satisfies(payment -> {
            assertThat(payment).containsEntry("status", "APPROVED").containsEntry("amount", 9_000)
                    .containsEntry("method", "CARD").containsEntry("orderId", order.toString());
        });
        assertThat(gateway.authorisationRequestsOf(order.toString())).isEqualTo(1);
        String paymentId = (String) paymentsOf(order).get(0).get("paymentId");
        assertThat(outbox.of(paymentId)).extracting(OutboxEvents.Row::type).containsExactly("payment.approved");
        assertThat(outbox.of(paymentId).get(0).payload()).containsEntry("paymentId", paymentId)
                .containsEntry("orderId", order.toString()).containsEntry("customerId", customer.toString())
                .containsEntry("method", "CARD").containsEntry("amount", 9_000);
    }

    @Test
    void concurrentCallsOfTheUseCaseForOneOrderChargeOnce() throws Exception {
        UUID order = UUID.randomUUID();
        PayForOrderCommand command = new PayForOrderCommand(order, customer, store,
                List.of(new OrderLine(UUID.randomUUID(), 2, 2_500)), 5_000, PaymentMethod.CARD, "tok_visa", null, 0,
                Instant.now());

        List<Callable<Void>> calls = List.of(call(() -> payForOrder.payForOrder(command)),
                call(() -> payForOrder.payForOrder(command)), call(() -> payForOrder.payForOrder(command)));
        runTogether(calls);

        assertThat(paymentsOf(order)).singleElement().satisfies(payment ->
                assertThat(payment).containsEntry("status", "APPROVED").containsEntry("amount", 5_000));
        assertThat(gateway.authorisationRequestsOf(order.toString())).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesASecondPaymentARefundAboveTheAmountAndASecondFullRefund() {
        UUID order = UUID.randomUUID();
        placeAndAwait(order, "CARD", "tok_visa", null, 0, List.of(item(UUID.randomUUID(), 4_000, 1)), "APPROVED");
        UUID paymentId = UUID.fromString((String) paymentsOf(order).get(0).get("paymentId"));

        assertThatThrownBy(() -> sql("""
                insert into payment (id, order_id, customer_id, method, amount, status, created_at)
                values (gen_random_uuid(), ?, ?, 'CARD', 4000, 'APPROVED', now())""", order, customer))
                .hasMessageContaining("payment_one_per_order");
        assertThatThrownBy(() -> sql("update payment set refunded_amount = 4001 where id = ?", paymentId))
                .hasMessageContaining("payment_refund_bounded");
        sql("insert into refund (id, payment_id, order_id, amount, full_refund, reason, created_at) "
                + "values (gen_random_uuid(), ?, ?, 4000, true, 'test', now())", paymentId, order);
        assertThatThrownBy(() -> sql("insert into refund (id, payment_id, order_id, amount, full_refund, reason, "
                + "created_at) values (gen_random_uuid(), ?, ?, 4000, true, 'again', now())", paymentId, order))
                .hasMessageContaining("refund_one_full_per_order");
        sql("insert into payment_capture (payment_id, order_id, amount, captured_at) values (?, ?, 4000, now())",
                paymentId, order);
        assertThatThrownBy(() -> sql("insert into payment_capture (payment_id, order_id, amount, captured_at) "
                + "values (?, ?, 4000, now())", paymentId, order)).hasMessageContaining("payment_capture_pkey");
    }

    // --- cards, cancellations ------------------------------------------------------------------

    @Test
    void aDeclinedCardIsRejectedAndSpendsNothing() {
        ledgerEntry(customer, 1_000);
        UUID order = UUID.randomUUID();
        placeAndAwait(order, "CARD", "tok_declined", null, 500, List.of(item(UUID.randomUUID(), 3_000, 1)), "REJECTED");

        String paymentId = (String) paymentsOf(order).get(0).get("paymentId");
        assertThat(outbox.of(paymentId)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("payment.rejected");
            assertThat(event.payload()).containsEntry("reason", "card declined").containsEntry("method", "CARD")
                    .containsEntry("orderId", order.toString());
        });
        assertThat(balance(customer)).isEqualTo(1_000);
    }

    @Test
    void anOrderCancelledBeforeItsOrderPlacedWasHandledIsNeverCharged() throws Exception {
        ledgerEntry(customer, 2_000);
        UUID order = UUID.randomUUID();
        EventEnvelope cancelled = bus.event("order.cancelled", order, cancelled(order, "PAYMENT_PENDING"));
        EventEnvelope placed = bus.event("order.placed", order, orderPlaced(order, customer, store, "CARD", "tok_visa",
                null, 1_000, List.of(item(UUID.randomUUID(), 6_000, 1))));

        bus.publish("order.events", cancelled);
        awaitInbox(cancelled.eventId());
        bus.publish("order.events", placed);
        awaitInbox(placed.eventId());

        assertThat(paymentsOf(order)).isEmpty();
        assertThat(gateway.authorisationRequestsOf(order.toString())).isZero();
        assertThat(outbox.withPayload("payment.approved", "orderId", order.toString())).isEmpty();
        assertThat(balance(customer)).isEqualTo(2_000);
    }

    @Test
    void anOrderCancelledAfterApprovalIsRefundedInFullWithItsCouponAndPointsGivenBack() {
        String code = coupon("AMOUNT", 2_000, Instant.now().plus(30, ChronoUnit.DAYS));
        ledgerEntry(customer, 1_500);
        UUID order = UUID.randomUUID();
        placeAndAwait(order, "CARD", "tok_visa", code, 1_000, List.of(item(UUID.randomUUID(), 10_000, 1)), "APPROVED");
        assertThat(paymentsOf(order).get(0)).containsEntry("amount", 7_000); // 10 000 - 2 000 coupon - 1 000 points
        assertThat(balance(customer)).isEqualTo(500);

        bus.publish("order.events", bus.event("order.cancelled", order, cancelled(order, "ORDER_WAITING")));

        await().atMost(PATIENCE).until(() -> paymentsOf(order).get(0).get("status").equals("REFUNDED"));
        assertThat(paymentsOf(order).get(0)).containsEntry("refundedAmount", 7_000);
        String paymentId = (String) paymentsOf(order).get(0).get("paymentId");
        assertThat(outbox.of(paymentId)).extracting(OutboxEvents.Row::type)
                .containsExactly("payment.approved", "payment.refunded");
        assertThat(outbox.of(paymentId).get(1).payload()).containsEntry("amount", 7_000).containsEntry("full", true)
                .containsEntry("orderId", order.toString());
        assertThat(balance(customer)).isEqualTo(1_500);

        // the coupon came back: the customer can use it on the next order
        UUID next = UUID.randomUUID();
        placeAndAwait(next, "CARD", "tok_visa", code, 0, List.of(item(UUID.randomUUID(), 5_000, 1)), "APPROVED");
        assertThat(paymentsOf(next).get(0)).containsEntry("amount", 3_000);
        // but only once while that order stands
        UUID third = UUID.randomUUID();
        placeAndAwait(third, "CARD", "tok_visa", code, 0, List.of(item(UUID.randomUUID(), 5_000, 1)), "REJECTED");
    }

    @Test
    void aCancellationRacingTheAuthorisationEndsWithNoChargeOrAFullRefund() throws Exception {
        for (int i = 0; i < 3; i++) {
            UUID order = UUID.randomUUID();
            EventEnvelope placed = bus.event("order.placed", order, orderPlaced(order, customer, store, "CARD",
                    "tok_visa", null, 0, List.of(item(UUID.randomUUID(), 8_000, 1))));
            EventEnvelope cancelled = bus.event("order.cancelled", order, cancelled(order, "PAYMENT_PENDING"));
            if (i % 2 == 0) {
                bus.publish("order.events", placed);
                bus.publish("order.events", cancelled);
            } else {
                bus.publish("order.events", cancelled);
                bus.publish("order.events", placed);
            }
            awaitInbox(placed.eventId(), cancelled.eventId());

            List<Map<String, Object>> payments = paymentsOf(order);
            if (!payments.isEmpty()) {
                assertThat(payments.get(0)).containsEntry("status", "REFUNDED").containsEntry("refundedAmount", 8_000);
                assertThat(outbox.withPayload("payment.refunded", "orderId", order.toString())).hasSize(1);
            }
            assertThat(gateway.authorisationRequestsOf(order.toString())).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void anExpiredCouponRejectsThePayment() {
        String code = "OLD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        sql("insert into coupon (id, code, type, value, expires_at, created_at) values (gen_random_uuid(), ?, "
                + "'PERCENT', 10, now() - interval '1 day', now() - interval '10 days')", code);
        UUID order = UUID.randomUUID();
        placeAndAwait(order, "CARD", "tok_visa", code, 0, List.of(item(UUID.randomUUID(), 5_000, 1)), "REJECTED");
        assertThat(outbox.withPayload("payment.rejected", "orderId", order.toString())).singleElement()
                .satisfies(event -> assertThat((String) event.payload().get("reason")).contains("expired"));
    }

    // --- virtual accounts ------------------------------------------------------------------------

    @Test
    void aVirtualAccountIsPendingUntilTheDepositApprovesIt() {
        UUID order = UUID.randomUUID();
        placeAndAwait(order, "VIRTUAL_ACCOUNT", null, null, 0, List.of(item(UUID.randomUUID(), 12_000, 1)), "PENDING");
        Map<String, Object> payment = paymentsOf(order).get(0);
        String paymentId = (String) payment.get("paymentId");
        assertThat(outbox.of(paymentId)).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("payment.pending");
            assertThat(event.payload()).containsEntry("method", "VIRTUAL_ACCOUNT").containsEntry("amount", 12_000)
                    .containsKeys("accountNumber", "expiresAt");
            assertThat(Instant.parse((String) event.payload().get("expiresAt")))
                    .isAfter(Instant.now().plus(Duration.ofMinutes(20)));
        });

        Map<String, Object> deposited = client.retrieve(
                HttpRequest.POST("/api/payments/" + paymentId + "/deposit", ""), JSON_OBJECT);

        assertThat(deposited).containsEntry("status", "APPROVED").containsEntry("paymentId", paymentId);
        assertThat(outbox.of(paymentId)).extracting(OutboxEvents.Row::type)
                .containsExactly("payment.pending", "payment.approved");
        assertProblem(() -> client.exchange(HttpRequest.POST("/api/payments/" + paymentId + "/deposit", "")),
                HttpStatus.CONFLICT);
        assertProblem(() -> client.exchange(HttpRequest.POST("/api/payments/" + UUID.randomUUID() + "/deposit", "")),
                HttpStatus.NOT_FOUND);
        assertProblem(() -> client.exchange(HttpRequest.GET("/api/payments")), HttpStatus.BAD_REQUEST);
    }

    @Test
    void aVirtualAccountNotPaidInTimeExpiresOnceAndGivesThePointsBack() throws Exception {
        ledgerEntry(customer, 800);
        UUID order = UUID.randomUUID();
        placeAndAwait(order, "VIRTUAL_ACCOUNT", null, null, 300, List.of(item(UUID.randomUUID(), 4_000, 1)), "PENDING");
        String paymentId = (String) paymentsOf(order).get(0).get("paymentId");
        assertThat(balance(customer)).isEqualTo(500);

        // not yet due: nothing happens
        expireVirtualAccounts.expireDue(Instant.now(), 1_000);
        assertThat(paymentsOf(order).get(0)).containsEntry("status", "PENDING");

        // 30 minutes later (the test configuration's validity) two sweepers run at once
        Instant later = Instant.now().plus(Duration.ofMinutes(31));
        runTogether(List.of(() -> expireVirtualAccounts.expireDue(later, 1_000),
                () -> expireVirtualAccounts.expireDue(later, 1_000)));

        Map<String, Object> payment = paymentsOf(order).get(0);
        assertThat(payment).containsEntry("status", "REJECTED");
        assertThat((String) payment.get("reason")).contains("expired");
        assertThat(outbox.of(paymentId)).extracting(OutboxEvents.Row::type)
                .containsExactly("payment.pending", "payment.rejected");
        assertThat(balance(customer)).isEqualTo(800);
        assertProblem(() -> client.exchange(HttpRequest.POST("/api/payments/" + paymentId + "/deposit", "")),
                HttpStatus.CONFLICT);
    }

    @Test
    void aPendingVirtualAccountOfACancelledOrderIsClosedWithoutARefund() {
        UUID order = UUID.randomUUID();
        placeAndAwait(order, "VIRTUAL_ACCOUNT", null, null, 0, List.of(item(UUID.randomUUID(), 4_000, 1)), "PENDING");

        bus.publish("order.events", bus.event("order.cancelled", order, cancelled(order, "PAYMENT_PENDING")));

        await().atMost(PATIENCE).until(() -> paymentsOf(order).get(0).get("status").equals("REJECTED"));
        assertThat(outbox.withPayload("payment.refunded", "orderId", order.toString())).isEmpty();
    }

    // --- delivery: capture, settlement, missing items ---------------------------------------------

    @Test
    void aDeliveredOrderIsCapturedOnceAndBookedInTheStoresSettlement() {
        registerStore("RATE", 1_000);
        UUID order = UUID.randomUUID();
        placeAndAwait(order, "CARD", "tok_visa", null, 0, List.of(item(UUID.randomUUID(), 12_345, 1)), "APPROVED");

        EventEnvelope completed = bus.event("delivery.completed", order, deliveryCompleted(order));
        bus.publish("rider.events", completed);
        bus.publish("rider.events", bus.event("delivery.completed", order, deliveryCompleted(order)));

        await().atMost(PATIENCE).until(() -> paymentsOf(order).get(0).get("status").equals("CAPTURED"));
        String paymentId = (String) paymentsOf(order).get(0).get("paymentId");
        await().atMost(PATIENCE).until(() -> outbox.withPayload("settlement.booked", "orderId", order.toString()).size() == 1);
        assertThat(outbox.of(paymentId)).extracting(OutboxEvents.Row::type)
                .containsExactly("payment.approved", "payment.captured");
        assertThat(outbox.of(paymentId).get(1).payload()).containsEntry("amount", 12_345);
        assertThat(outbox.withPayload("settlement.booked", "orderId", order.toString()).get(0).payload())
                .containsEntry("storeId", store.toString()).containsEntry("gross", 12_345)
                .containsEntry("commission", 1_234).containsEntry("deduction", 0);
        assertThat(balance(customer)).isEqualTo(123); // 1 % of 12 345, rounded down

        assertThat(settlement()).containsEntry("storeId", store.toString()).containsEntry("orderCount", 1)
                .containsEntry("gross", 12_345).containsEntry("commission", 1_234).containsEntry("deductions", 0)
                .containsEntry("payout", 11_111);
    }

    @Test
    void missingItemsOfTheStoresFaultAreRefundedAndDeductedFromTheStore() {
        registerStore("FIXED", 500);
        UUID kimbap = UUID.randomUUID();
        UUID order = deliveredOrder(kimbap);

        bus.publish("rider.events", bus.event("delivery.missing-reported", order,
                missing(order, "STORE", "REFUND", List.of(Map.of("productId", kimbap.toString(), "quantity", 1)))));

        await().atMost(PATIENCE).until(() -> settlement().get("deductions").equals(3_500));
        assertThat(paymentsOf(order).get(0)).containsEntry("status", "CAPTURED").containsEntry("refundedAmount", 3_500);
        assertThat(outbox.withPayload("payment.refunded", "orderId", order.toString())).singleElement()
                .satisfies(event -> assertThat(event.payload()).containsEntry("amount", 3_500).containsEntry("full", false));
        assertThat(settlement()).containsEntry("orderCount", 1).containsEntry("gross", 11_000)
                .containsEntry("commission", 500).containsEntry("deductions", 3_500).containsEntry("payout", 7_000);
    }

    @Test
    void missingItemsOfTheRidersFaultAreRefundedButNotDeductedFromTheStore() {
        registerStore("FIXED", 500);
        UUID kimbap = UUID.randomUUID();
        UUID order = deliveredOrder(kimbap);

        bus.publish("rider.events", bus.event("delivery.missing-reported", order,
                missing(order, "RIDER", "REFUND", List.of(Map.of("productId", kimbap.toString(), "quantity", 1)))));

        await().atMost(PATIENCE).until(() -> paymentsOf(order).get(0).get("refundedAmount").equals(3_500));
        assertThat(settlement()).containsEntry("gross", 11_000).containsEntry("commission", 500)
                .containsEntry("deductions", 0).containsEntry("payout", 10_500);

        // the rest of the order missing too: refunded up to what was taken, then the payment is REFUNDED
        bus.publish("rider.events", bus.event("delivery.missing-reported", order, missing(order, "RIDER", "REFUND", List.of())));
        await().atMost(PATIENCE).until(() -> paymentsOf(order).get(0).get("status").equals("REFUNDED"));
        assertThat(paymentsOf(order).get(0)).containsEntry("refundedAmount", 11_000);
        assertThat(outbox.withPayload("payment.refunded", "orderId", order.toString()))
                .extracting(event -> event.payload().get("amount"), event -> event.payload().get("full"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3_500, false),
                        org.assertj.core.groups.Tuple.tuple(7_500, true));
    }

    @Test
    void aRedeliveryNeitherRefundsNorDeducts() {
        registerStore("FIXED", 500);
        UUID kimbap = UUID.randomUUID();
        UUID order = deliveredOrder(kimbap);
        EventEnvelope redelivery = bus.event("delivery.missing-reported", order,
                missing(order, "STORE", "REDELIVERY", List.of(Map.of("productId", kimbap.toString(), "quantity", 2))));

        bus.publish("rider.events", redelivery);
        awaitInbox(redelivery.eventId());

        assertThat(paymentsOf(order).get(0)).containsEntry("refundedAmount", 0);
        assertThat(settlement()).containsEntry("deductions", 0).containsEntry("payout", 10_500);
    }

    @Test
    void aSettlementPeriodIsValidated() {
        assertProblem(() -> client.exchange(HttpRequest.GET("/api/settlements?storeId=" + store
                + "&from=2030-02-03&to=2030-02-01")), HttpStatus.BAD_REQUEST);
        assertProblem(() -> client.exchange(HttpRequest.GET("/api/settlements?storeId=" + store
                + "&from=yesterday&to=2030-02-01")), HttpStatus.BAD_REQUEST);
        assertThat(client.retrieve(HttpRequest.GET("/api/settlements?storeId=" + store
                + "&from=2030-02-01T00:00:00Z&to=2030-03-01T00:00:00Z"), JSON_OBJECT))
                .containsEntry("orderCount", 0).containsEntry("payout", 0);
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** 2 x kimbap at 3 000 with one 500 option (3 500 a unit) and one 4 000 item: 11 000, delivered and captured. */
    private UUID deliveredOrder(UUID kimbap) {
        UUID order = UUID.randomUUID();
        placeAndAwait(order, "CARD", "tok_visa", null, 0,
                List.of(item(kimbap, 3_000, 2, option(500, 1)), item(UUID.randomUUID(), 4_000, 1)), "APPROVED");
        bus.publish("rider.events", bus.event("delivery.completed", order, deliveryCompleted(order)));
        await().atMost(PATIENCE).until(() -> paymentsOf(order).get(0).get("status").equals("CAPTURED"));
        return order;
    }

    private void placeAndAwait(UUID order, String method, String token, String coupon, long points,
                               List<Map<String, Object>> items, String status) {
        bus.publish("order.events", bus.event("order.placed", order,
                orderPlaced(order, customer, store, method, token, coupon, points, items)));
        await().atMost(PATIENCE).until(() -> paymentsOf(order), list -> list.size() == 1);
        assertThat(paymentsOf(order).get(0)).containsEntry("status", status);
    }

    private void registerStore(String type, long value) {
        EventEnvelope registered = bus.event("store.registered", store, Map.of("storeId", store.toString(),
                "ownerId", UUID.randomUUID().toString(), "name", "Campus Kimbap", "siteIds", List.of(),
                "capacityPerSlot", 20, "commissionType", type, "commissionValue", value,
                "openTime", "09:00", "closeTime", "21:00"));
        bus.publish("store.events", registered);
        awaitInbox(registered.eventId());
    }

    private Map<String, Object> cancelled(UUID order, String previousStatus) {
        return Map.of("orderId", order.toString(), "customerId", customer.toString(), "storeId", store.toString(),
                "reason", "changed my mind", "cancelledBy", "CUSTOMER", "previousStatus", previousStatus);
    }

    private Map<String, Object> deliveryCompleted(UUID order) {
        return Map.of("deliveryId", UUID.randomUUID().toString(), "orderId", order.toString(),
                "riderId", UUID.randomUUID().toString(), "storeId", store.toString(), "boxNumber", 7,
                "completedAt", Instant.now().toString());
    }

    private Map<String, Object> missing(UUID order, String fault, String resolution, List<Map<String, Object>> items) {
        return Map.of("deliveryId", UUID.randomUUID().toString(), "orderId", order.toString(),
                "storeId", store.toString(), "riderId", UUID.randomUUID().toString(), "fault", fault,
                "resolution", resolution, "items", items);
    }

    private Map<String, Object> settlement() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        return client.retrieve(HttpRequest.GET("/api/settlements?storeId=" + store + "&from=" + today.minusDays(1)
                + "&to=" + today.plusDays(1)), JSON_OBJECT);
    }

    private String coupon(String type, long value, Instant expiresAt) {
        String code = "SAGA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        client.exchange(HttpRequest.POST("/api/coupons", Map.of("code", code, "type", type, "value", value,
                "expiresAt", expiresAt.toString())));
        return code;
    }

    private List<Map<String, Object>> paymentsOf(UUID order) {
        return client.retrieve(HttpRequest.GET("/api/payments?orderId=" + order), JSON_LIST);
    }

    private long balance(UUID customerId) {
        return ((Number) client.retrieve(HttpRequest.GET("/api/points/" + customerId), JSON_OBJECT).get("balance"))
                .longValue();
    }

    private void awaitInbox(UUID... eventIds) {
        await().atMost(PATIENCE).until(() -> {
            long handled = 0;
            for (UUID id : eventIds) {
                handled += count("select count(*) from inbox_event where event_id = ?", id);
            }
            return handled == eventIds.length;
        });
    }

    private void ledgerEntry(UUID customerId, long delta) {
        sql("insert into point_ledger (customer_id, delta, reason) values (?, ?, 'test grant')", customerId, delta);
    }

    private long count(String query, Object... parameters) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = prepare(status.getConnection(), query, parameters);
                 ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    private void sql(String statementText, Object... parameters) {
        transactions.executeWrite(status -> {
            try (PreparedStatement statement = prepare(status.getConnection(), statementText, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private static Callable<Void> call(Runnable runnable) {
        return () -> {
            runnable.run();
            return null;
        };
    }

    private static void runTogether(List<? extends Callable<?>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> futures = new ArrayList<>();
            for (Callable<?> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertProblem(Runnable call, HttpStatus status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(status.getCode());
            assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                    type -> assertThat(type.toString()).isEqualTo("application/problem+json"));
        });
    }
}
