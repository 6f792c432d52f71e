package delivery.order.adapters;

import delivery.order.OutboxRows;
import delivery.order.application.port.in.CancelOrderUseCase;
import delivery.order.application.port.in.CancelOrderUseCase.CancelOrderCommand;
import delivery.order.application.port.in.FollowSagaUseCase;
import delivery.order.application.port.in.UnknownIdException;
import delivery.order.application.port.out.OrderRepository;
import delivery.order.domain.Order;
import delivery.order.domain.Orders;
import delivery.order.domain.TickingClock;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The order service against the real PostgreSQL: orders stored through the repository port,
 * read through the HTTP API; state changes through the application service, with their events
 * in the outbox exactly when the change committed.
 */
@MicronautTest(transactional = false)
class OrderApiTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    OrderRepository orders;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    OutboxRows outbox;
    @Inject
    FollowSagaUseCase saga;
    @Inject
    CancelOrderUseCase cancelling;

    private final TickingClock clock = new TickingClock(Instant.parse("2026-03-02T02:30:00.123456Z"));

    @Test
    void anOrderIsReadWithItsItemsTotalAndTimeline() {
        Order order = Orders.placed(clock);
        store(order);

        Map<String, Object> body = http.toBlocking().retrieve(HttpRequest.GET("/api/orders/" + order.id()), JSON);

        assertThat(body).containsEntry("orderId", order.id().toString())
                .containsEntry("status", "PAYMENT_PENDING")
                .containsEntry("customerId", order.customerId().toString())
                .containsEntry("storeId", order.storeId().toString())
                .containsEntry("totalAmount", 18_500)
                .containsEntry("boxNumber", null);
        List<Map<String, Object>> items = list(body.get("items"));
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).containsEntry("productId", order.lines().get(0).productId().toString())
                .containsEntry("name", "Bibimbap").containsEntry("unitPrice", 8_000).containsEntry("quantity", 2)
                .containsEntry("amount", 17_000);
        assertThat(list(items.get(0).get("options"))).containsExactly(
                Map.of("name", "extra egg", "unitPrice", 500, "quantity", 1));
        assertThat(items.get(1)).containsEntry("options", List.of());
        List<Map<String, Object>> timeline = list(body.get("timeline"));
        assertThat(timeline).hasSize(1);
        assertThat(timeline.get(0)).containsEntry("status", "PAYMENT_PENDING").containsEntry("reason", null);
        assertThat(Instant.parse(timeline.get(0).get("at").toString())).isEqualTo(order.placedAt());
    }

    @Test
    void aCustomersOrdersAreListedNewestFirstPageByPage() {
        UUID customer = UUID.randomUUID();
        List<Order> placed = List.of(Orders.placed(clock, customer), Orders.placed(clock, customer),
                Orders.placed(clock, customer));
        placed.forEach(this::store);
        store(Orders.placed(clock));

        Map<String, Object> first = http.toBlocking().retrieve(
                HttpRequest.GET("/api/orders?customerId=" + customer + "&page=0&size=2"), JSON);
        Map<String, Object> second = http.toBlocking().retrieve(
                HttpRequest.GET("/api/orders?customerId=" + customer + "&page=1&size=2"), JSON);
        Map<String, Object> defaults = http.toBlocking().retrieve(HttpRequest.GET("/api/orders?customerId=" + customer), JSON);

        assertThat(first).containsEntry("page", 0).containsEntry("size", 2).containsEntry("total", 3);
        assertThat(list(first.get("items"))).extracting(item -> item.get("orderId"))
                .containsExactly(placed.get(2).id().toString(), placed.get(1).id().toString());
        assertThat(list(second.get("items"))).extracting(item -> item.get("orderId"))
                .containsExactly(placed.get(0).id().toString());
        assertThat(list(second.get("items")).get(0)).containsKeys("status", "customerId", "storeId", "items",
                "totalAmount", "boxNumber", "timeline");
        assertThat(defaults).containsEntry("page", 0).containsEntry("size", 20).containsEntry("total", 3);
        assertThat(list(defaults.get("items"))).hasSize(3);
        assertThat(http.toBlocking().retrieve(HttpRequest.GET("/api/orders?customerId=" + UUID.randomUUID()), JSON))
                .isEqualTo(Map.of("items", List.of(), "page", 0, "size", 20, "total", 0));
    }

    @Test
    void anUnknownOrderIsANotFoundProblem() {
        UUID unknown = UUID.randomUUID();
        Map<String, Object> problem = problem(HttpRequest.GET("/api/orders/" + unknown), 404);
        assertThat(problem).containsEntry("status", 404).containsEntry("field", "orderId");
        assertThat(problem.get("detail").toString()).contains(unknown.toString());
    }

    @Test
    void aMalformedOrderIdIsABadRequestProblem() {
        Map<String, Object> problem = problem(HttpRequest.GET("/api/orders/not-an-id"), 400);
        assertThat(problem).containsEntry("status", 400).containsEntry("field", "orderId");
    }

    @Test
    void theHistoryNeedsAValidCustomerIdAndPage() {
        assertThat(problem(HttpRequest.GET("/api/orders"), 400)).containsEntry("field", "customerId");
        assertThat(problem(HttpRequest.GET("/api/orders?page=0&size=20"), 400)).containsEntry("field", "customerId");
        assertThat(problem(HttpRequest.GET("/api/orders?customerId=nobody"), 400)).containsEntry("field", "customerId");
        assertThat(problem(HttpRequest.GET("/api/orders?customerId=" + UUID.randomUUID() + "&size=0"), 400))
                .containsEntry("field", "size");
        assertThat(problem(HttpRequest.GET("/api/orders?customerId=" + UUID.randomUUID() + "&size=101"), 400))
                .containsEntry("field", "size");
        assertThat(problem(HttpRequest.GET("/api/orders?customerId=" + UUID.randomUUID() + "&page=-1"), 400))
                .containsEntry("field", "page");
    }

    @Test
    void aCommittedStateChangeWritesItsEventAndAFailedOneWritesNone() {
        Order order = Orders.placed(clock);
        store(order);

        saga.paymentApproved(order.id());

        assertThat(outbox.of(order.id())).extracting(OutboxRows.Row::exchange, OutboxRows.Row::routingKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order.events", "order.confirmed"));
        assertThat(statusOf(order)).isEqualTo("ORDER_WAITING");

        // announced again: the order is already past it, nothing is written
        saga.paymentApproved(order.id());
        // allowed, but the transaction it runs in fails afterwards: the event goes with the state change
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            saga.ticketAccepted(order.id());
            throw new IllegalStateException("the caller's work failed");
        })).hasMessageContaining("the caller's work failed");

        assertThat(outbox.of(order.id())).extracting(OutboxRows.Row::routingKey).containsExactly("order.confirmed");
        Map<String, Object> body = http.toBlocking().retrieve(HttpRequest.GET("/api/orders/" + order.id()), JSON);
        assertThat(body).containsEntry("status", "ORDER_WAITING");
        assertThat(list(body.get("timeline"))).extracting(entry -> entry.get("status"))
                .containsExactly("PAYMENT_PENDING", "ORDER_WAITING");

        cancelling.cancel(new CancelOrderCommand(order.id(), "changed my mind"));

        assertThat(outbox.of(order.id())).extracting(OutboxRows.Row::routingKey)
                .containsExactly("order.confirmed", "order.cancelled");
        body = http.toBlocking().retrieve(HttpRequest.GET("/api/orders/" + order.id()), JSON);
        assertThat(body).containsEntry("status", "CANCELLED");
        assertThat(list(body.get("timeline")).get(2)).containsEntry("status", "CANCELLED")
                .containsEntry("reason", "changed my mind");
    }

    @Test
    void aCustomerCancelsBeforeTheStoreAcceptsAndGetsTheOrderBack() {
        Order order = Orders.placed(clock);
        store(order);
        saga.paymentApproved(order.id());

        Map<String, Object> body = http.toBlocking().retrieve(HttpRequest.POST("/api/orders/" + order.id() + "/cancel",
                Map.of("reason", "changed my mind")), JSON);

        assertThat(body).containsEntry("orderId", order.id().toString()).containsEntry("status", "CANCELLED")
                .containsKeys("customerId", "storeId", "items", "totalAmount", "boxNumber", "timeline");
        assertThat(list(body.get("timeline"))).last().satisfies(entry ->
                assertThat(entry).containsEntry("status", "CANCELLED").containsEntry("reason", "changed my mind"));
        assertThat(outbox.of(order.id())).extracting(OutboxRows.Row::routingKey)
                .containsExactly("order.confirmed", "order.cancelled");
        assertThat(outbox.of(order.id()).get(1).payload()).contains("\"cancelledBy\": \"CUSTOMER\"");
    }

    @Test
    void anOrderTheStoreAcceptedCannotBeCancelled() {
        Order order = Orders.placed(clock);
        store(order);
        saga.paymentApproved(order.id());
        saga.ticketAccepted(order.id());

        Map<String, Object> problem = problem(HttpRequest.POST("/api/orders/" + order.id() + "/cancel",
                Map.of("reason", "changed my mind")), 409);

        assertThat(problem).containsEntry("status", 409);
        assertThat(statusOf(order)).isEqualTo("ACCEPTED");
        assertThat(outbox.of(order.id())).extracting(OutboxRows.Row::routingKey)
                .containsExactly("order.confirmed", "order.accepted");
    }

    @Test
    void aCancellationNeedsAReasonAndAKnownOrder() {
        Order order = Orders.placed(clock);
        store(order);

        assertThat(problem(HttpRequest.POST("/api/orders/" + order.id() + "/cancel", Map.of("reason", " ")), 400))
                .containsEntry("field", "reason");
        assertThat(problem(HttpRequest.POST("/api/orders/" + order.id() + "/cancel", Map.of()), 400))
                .containsEntry("field", "reason");
        assertThat(problem(HttpRequest.POST("/api/orders/" + UUID.randomUUID() + "/cancel",
                Map.of("reason", "changed my mind")), 404)).containsEntry("field", "orderId");
        assertThat(statusOf(order)).isEqualTo("PAYMENT_PENDING");
        assertThat(outbox.of(order.id())).isEmpty();
    }

    @Test
    void aChangeOfAnUnknownOrderWritesNothing() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> saga.paymentRejected(unknown, "card declined"))
                .isInstanceOf(UnknownIdException.class);
        assertThat(outbox.of(unknown)).isEmpty();
    }

    private void store(Order order) {
        transactions.executeWrite(status -> {
            orders.insert(order);
            return null;
        });
    }

    private String statusOf(Order order) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/orders/" + order.id()), JSON).get("status").toString();
    }

    private Map<String, Object> problem(HttpRequest<?> request, int status) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request, JSON));
        assertThat(e).as("%s answers an error", request.getPath()).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(status);
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(type ->
                assertThat(type.toString()).isEqualTo("application/problem+json"));
        return e.getResponse().getBody(JSON).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
