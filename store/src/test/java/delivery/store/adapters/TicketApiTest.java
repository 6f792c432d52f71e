package delivery.store.adapters;

import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.store.application.port.in.OpenTicketUseCase;
import delivery.store.application.port.in.OpenTicketUseCase.OpenTicketCommand;
import delivery.store.domain.TicketLine;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tickets against the real RabbitMQ and PostgreSQL: order events in through the store's queue
 * (a private one on the test vhost), the owner's decisions over HTTP, events out through the outbox.
 */
@MicronautTest(transactional = false)
class TicketApiTest {

    @Inject
    StoreApi api;
    @Inject
    OutboxRows outbox;
    @Inject
    EventCodec codec;
    @Inject
    JsonMapper json;
    @Inject
    OpenTicketUseCase openTicket;
    @Value("${messaging.queues.order-events}")
    String queue;

    OrderEvents orderEvents;
    String siteId;
    String slotId;

    @BeforeEach
    void connect() throws Exception {
        orderEvents = new OrderEvents(codec);
        siteId = api.site();
        slotId = api.slot(siteId, "11:00", "11:30", "12:00");
    }

    @AfterEach
    void close() throws Exception {
        orderEvents.close();
    }

    private String tickets(String storeId) {
        return "/api/stores/" + storeId + "/tickets";
    }

    private String ticket(String storeId, UUID orderId, String action) {
        return tickets(storeId) + "/" + orderId + "/" + action;
    }

    private Map<String, Object> awaitTicket(String storeId, UUID orderId, String status) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> api.list(tickets(storeId)).stream()
                .filter(t -> t.get("orderId").equals(orderId.toString()) && t.get("status").equals(status))
                .findFirst().orElse(null), found -> found != null);
    }

    private UUID openedThroughThePort(String storeId, String slot) {
        UUID orderId = UUID.randomUUID();
        openTicket.openTicket(new OpenTicketCommand(orderId, UUID.fromString(storeId), UUID.fromString(siteId),
                UUID.fromString(slot), List.of(new TicketLine(UUID.randomUUID(), "Kimbap", 4_500, 1, List.of())),
                null, 4_500));
        return orderId;
    }

    @Test
    void aConfirmedOrderOpensOneWaitingTicketEvenWhenDeliveredTwice() throws Exception {
        String storeId = api.approvedStore(List.of(siteId), 20);
        UUID orderId = UUID.randomUUID();
        EventEnvelope confirmed = orderEvents.envelope("order.confirmed", orderId,
                OrderEvents.confirmed(orderId, storeId, siteId, slotId));
        orderEvents.publish(orderEvents.envelope("order.placed", orderId, Map.of("orderId", orderId)));
        orderEvents.publish(confirmed);
        orderEvents.publish(confirmed);

        Map<String, Object> ticket = awaitTicket(storeId, orderId, "WAITING");
        Thread.sleep(500); // time enough for the repeat to arrive and be dropped

        assertThat(api.list(tickets(storeId) + "?status=WAITING")).containsExactly(ticket);
        assertThat(ticket).containsEntry("storeId", storeId).containsEntry("siteId", siteId)
                .containsEntry("slotId", slotId).containsEntry("note", "no cucumber, please")
                .containsEntry("totalAmount", 13_000).containsEntry("reason", null);
        assertThat(ticket.get("items")).isEqualTo(List.of(
                Map.of("productId", "0b8f7c1e-7d7b-4f0e-9a51-2f6f1d1e0a01", "name", "Kimbap", "unitPrice", 4_500,
                        "quantity", 2, "options", List.of(Map.of("name", "extra egg", "unitPrice", 500, "quantity", 1))),
                Map.of("productId", "0b8f7c1e-7d7b-4f0e-9a51-2f6f1d1e0a02", "name", "Coffee", "unitPrice", 3_000,
                        "quantity", 1, "options", List.of())));
        Instant createdAt = Instant.parse(ticket.get("createdAt").toString());
        assertThat(Instant.parse(ticket.get("dueAt").toString())).isEqualTo(createdAt.plus(Duration.ofMinutes(5)));
        assertThat(api.list(tickets(storeId) + "?status=ACCEPTED")).isEmpty();
        assertThat(outbox.of(orderId)).isEmpty();
    }

    @Test
    void theOwnerAcceptsThenMarksReadyAndEachStepIsAnnounced() throws Exception {
        String storeId = api.approvedStore(List.of(siteId), 20);
        UUID orderId = UUID.randomUUID();
        orderEvents.publish(orderEvents.envelope("order.confirmed", orderId,
                OrderEvents.confirmed(orderId, storeId, siteId, slotId)));
        awaitTicket(storeId, orderId, "WAITING");

        Map<String, Object> accepted = api.post(ticket(storeId, orderId, "accept"), Map.of());
        assertThat(accepted).containsEntry("status", "ACCEPTED").containsEntry("orderId", orderId.toString());
        assertThat(api.refused(HttpRequest.POST(ticket(storeId, orderId, "accept"), Map.of())).status()).isEqualTo(409);
        assertThat(api.refused(HttpRequest.POST(ticket(storeId, orderId, "reject"), Map.of("reason", "busy"))).status())
                .isEqualTo(409);
        assertThat(api.post(ticket(storeId, orderId, "ready"), Map.of())).containsEntry("status", "READY");
        assertThat(api.refused(HttpRequest.POST(ticket(storeId, orderId, "ready"), Map.of())).status()).isEqualTo(409);

        List<OutboxRows.Row> rows = outbox.of(orderId);
        assertThat(rows).extracting(OutboxRows.Row::type).containsExactly("ticket.accepted", "ticket.ready");
        assertThat(rows).allSatisfy(row -> assertThat(row.exchange()).isEqualTo("store.events"));
        assertThat(json.readValue(rows.get(0).payload(), StoreApi.JSON)).isEqualTo(Map.of("orderId", orderId.toString(),
                "storeId", storeId, "siteId", siteId, "slotId", slotId, "acceptedAt", accepted.get("acceptedAt")));
        assertThat(json.readValue(rows.get(1).payload(), StoreApi.JSON)).isEqualTo(Map.of("orderId", orderId.toString(),
                "storeId", storeId, "siteId", siteId, "slotId", slotId));
    }

    @Test
    void aRejectionNeedsAReasonAndIsFinal() throws Exception {
        String storeId = api.approvedStore(List.of(siteId), 20);
        UUID orderId = openedThroughThePort(storeId, slotId);
        List<Long> before = outbox.tableSizes();

        StoreApi.Problem noReason = api.refused(HttpRequest.POST(ticket(storeId, orderId, "reject"), Map.of()));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.field()).isEqualTo("reason");
        assertThat(api.refused(HttpRequest.POST(ticket(storeId, orderId, "ready"), Map.of())).status()).isEqualTo(409);
        assertThat(outbox.tableSizes()).isEqualTo(before);

        assertThat(api.post(ticket(storeId, orderId, "reject"), Map.of("reason", "out of rice")))
                .containsEntry("status", "REJECTED").containsEntry("reason", "out of rice");
        assertThat(api.refused(HttpRequest.POST(ticket(storeId, orderId, "accept"), Map.of())).status()).isEqualTo(409);

        List<OutboxRows.Row> rows = outbox.of(orderId);
        assertThat(rows).extracting(OutboxRows.Row::type).containsExactly("ticket.rejected");
        assertThat(json.readValue(rows.get(0).payload(), StoreApi.JSON)).isEqualTo(Map.of("orderId", orderId.toString(),
                "storeId", storeId, "reason", "out of rice"));
    }

    @Test
    void aCancelledOrderDropsItsWaitingTicketButNotAnAcceptedOne() throws Exception {
        String storeId = api.approvedStore(List.of(siteId), 20);
        UUID waiting = openedThroughThePort(storeId, slotId);
        UUID accepted = openedThroughThePort(storeId, slotId);
        api.post(ticket(storeId, accepted, "accept"), Map.of());

        orderEvents.publish(orderEvents.envelope("order.cancelled", accepted, Map.of("orderId", accepted)));
        orderEvents.publish(orderEvents.envelope("order.cancelled", waiting, Map.of("orderId", waiting,
                "reason", "changed my mind")));
        orderEvents.publish(orderEvents.envelope("order.cancelled", UUID.randomUUID(), Map.of("orderId", UUID.randomUUID())));

        Map<String, Object> cancelled = awaitTicket(storeId, waiting, "CANCELLED");
        assertThat(cancelled.get("reason")).isEqualTo("order cancelled");
        assertThat(api.list(tickets(storeId) + "?status=ACCEPTED")).extracting(t -> t.get("orderId"))
                .containsExactly(accepted.toString());
        assertThat(outbox.of(waiting)).isEmpty();
        assertThat(outbox.typesOf(accepted)).containsExactly("ticket.accepted");
    }

    @Test
    void aFullSlotCannotAcceptAndTheRefusalWritesNothing() {
        String storeId = api.approvedStore(List.of(siteId), 2);
        String dinnerSlot = api.slot(siteId, "17:00", "17:30", "18:00");
        UUID first = openedThroughThePort(storeId, slotId);
        UUID second = openedThroughThePort(storeId, slotId);
        UUID third = openedThroughThePort(storeId, slotId);
        UUID dinner = openedThroughThePort(storeId, dinnerSlot);
        api.post(ticket(storeId, first, "accept"), Map.of());
        api.post(ticket(storeId, second, "accept"), Map.of());
        List<Long> before = outbox.tableSizes();

        StoreApi.Problem full = api.refused(HttpRequest.POST(ticket(storeId, third, "accept"), Map.of()));

        assertThat(full.status()).isEqualTo(409);
        assertThat(full.field()).isEqualTo("slotId");
        assertThat(outbox.tableSizes()).isEqualTo(before);
        assertThat(api.list(tickets(storeId) + "?status=WAITING")).extracting(t -> t.get("orderId"))
                .containsExactly(third.toString(), dinner.toString());
        assertThat(api.post(ticket(storeId, dinner, "accept"), Map.of())).containsEntry("status", "ACCEPTED");
        assertThat(api.post(ticket(storeId, third, "reject"), Map.of("reason", "slot full")))
                .containsEntry("status", "REJECTED");
    }

    @Test
    void concurrentAcceptsNeverOverbookASlot() throws Exception {
        int capacity = 3;
        int tickets = 10;
        String storeId = api.approvedStore(List.of(siteId), capacity);
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < tickets; i++) {
            orders.add(openedThroughThePort(storeId, slotId));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tickets);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (UUID orderId : orders) {
                Callable<Integer> accept = () -> {
                    start.await();
                    try {
                        api.post(ticket(storeId, orderId, "accept"), Map.of());
                        return 200;
                    } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
                        return e.code();
                    }
                };
                answers.add(pool.submit(accept));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            assertThat(codes).filteredOn(code -> code == 200).hasSize(capacity);
            assertThat(codes).filteredOn(code -> code == 409).hasSize(tickets - capacity);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.list(tickets(storeId) + "?status=ACCEPTED")).hasSize(capacity);
        assertThat(orders.stream().mapToLong(orderId -> outbox.typesOf(orderId).size()).sum()).isEqualTo(capacity);
    }

    @Test
    void unknownTicketsStoresAndStatusesAreRefused() {
        String storeId = api.approvedStore(List.of(siteId), 5);
        String otherStore = api.approvedStore(List.of(siteId), 5);
        UUID orderId = openedThroughThePort(storeId, slotId);

        assertProblem(api.refused(HttpRequest.POST(ticket(storeId, UUID.randomUUID(), "accept"), Map.of())), 404, "orderId");
        assertProblem(api.refused(HttpRequest.POST(ticket(otherStore, orderId, "accept"), Map.of())), 404, "orderId");
        assertProblem(api.refused(HttpRequest.GET(tickets(UUID.randomUUID().toString()))), 404, "storeId");
        assertProblem(api.refused(HttpRequest.GET(tickets(storeId) + "?status=LOST")), 400, "status");
        assertThat(api.list(tickets(otherStore))).isEmpty();
        assertThat(api.list(tickets(storeId))).hasSize(1);
    }

    @Test
    void anOrderConfirmedThatCanNeverBeATicketIsDeadLettered() throws Exception {
        UUID orderId = UUID.randomUUID();
        Map<String, Object> payload = OrderEvents.confirmed(orderId, UUID.randomUUID().toString(), siteId, slotId);
        payload.put("items", List.of());
        EventEnvelope unusable = orderEvents.envelope("order.confirmed", orderId, payload);
        orderEvents.publish(unusable);

        EventEnvelope deadLettered = await().atMost(Duration.ofSeconds(10))
                .until(() -> orderEvents.take(queue + ".dlq"), found -> found != null);
        assertThat(deadLettered.eventId()).isEqualTo(unusable.eventId());
    }

    private static void assertProblem(StoreApi.Problem problem, int status, String field) {
        assertThat(problem.status()).as("%s", problem.body()).isEqualTo(status);
        assertThat(problem.field()).as("%s", problem.body()).isEqualTo(field);
    }
}
