package delivery.rider.adapters;

import delivery.rider.application.port.in.CancelOrderDeliveryUseCase;
import delivery.rider.application.port.in.PlanDeliveryUseCase;
import delivery.rider.application.port.in.PlanDeliveryUseCase.PlanDeliveryCommand;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Dispatch and the delivery API over HTTP against the real PostgreSQL (and the outbox it writes):
 * deliveries are planned through the use case the ticket.accepted listener calls.
 */
@MicronautTest(transactional = false)
class DeliveryApiTest {

    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);
    private static final Argument<List<Map<String, Object>>> JSON_ARRAY = Argument.listOf(JSON_OBJECT);

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    OutboxEvents outbox;
    @Inject
    PlanDeliveryUseCase planDelivery;
    @Inject
    CancelOrderDeliveryUseCase cancelOrderDelivery;
    @Inject
    TransactionOperations<Connection> transactions;
    BlockingHttpClient client;

    UUID site;
    UUID slot;

    @BeforeEach
    void setUp() {
        client = httpClient.toBlocking();
        site = UUID.randomUUID();
        slot = UUID.randomUUID();
    }

    @Test
    void anAcceptedOrderGoesToTheRiderOfItsSiteAndSlotAndEveryOrderOfTheSlotFollows() {
        UUID rider = registerRider(site);
        UUID store = UUID.randomUUID();

        UUID first = accept(site, slot, store);
        UUID second = accept(site, slot, UUID.randomUUID());

        Map<String, Object> delivery = deliveryOf(first);
        assertThat(delivery).containsEntry("orderId", first.toString()).containsEntry("riderId", rider.toString())
                .containsEntry("status", "ASSIGNED").containsEntry("storeId", store.toString())
                .containsEntry("siteId", site.toString()).containsEntry("slotId", slot.toString())
                .containsEntry("boxNumber", null);
        assertThat(deliveryOf(second)).containsEntry("riderId", rider.toString());
        assertThat(client.retrieve(HttpRequest.GET("/api/deliveries?riderId=" + rider), JSON_ARRAY))
                .extracting(d -> d.get("orderId")).containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(client.retrieve(HttpRequest.GET("/api/deliveries?orderId=" + first + "&riderId=" + rider), JSON_ARRAY))
                .hasSize(1);
        assertThat(client.retrieve(HttpRequest.GET("/api/deliveries?orderId=" + first + "&riderId=" + UUID.randomUUID()),
                JSON_ARRAY)).isEmpty();

        String deliveryId = (String) delivery.get("deliveryId");
        List<OutboxEvents.Row> events = outbox.of(deliveryId);
        assertThat(events).extracting(OutboxEvents.Row::type).containsExactly("delivery.planned", "delivery.assigned");
        assertThat(events).allSatisfy(event -> assertThat(event.exchange()).isEqualTo("rider.events"));
        assertThat(events.get(0).payload()).isEqualTo(Map.of("deliveryId", deliveryId, "orderId", first.toString(),
                "storeId", store.toString(), "siteId", site.toString(), "slotId", slot.toString()));
        assertThat(events.get(1).payload()).isEqualTo(Map.of("deliveryId", deliveryId, "orderId", first.toString(),
                "riderId", rider.toString(), "storeId", store.toString(), "siteId", site.toString(),
                "slotId", slot.toString()));
        // the decision itself is a row: it survives a restart of the service
        assertThat(assignedRidersOf(site, slot)).containsExactly(rider);
    }

    @Test
    void siteAndSlotsAreSpreadEvenlyOverTheRidersOfTheSite() {
        UUID kim = registerRider(site);
        UUID lee = registerRider(site, UUID.randomUUID());
        registerRider(UUID.randomUUID()); // serves another site: never chosen here

        List<UUID> slots = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        Map<UUID, Set<String>> ridersPerSlot = new HashMap<>();
        for (UUID each : slots) {
            for (int i = 0; i < 2; i++) {
                ridersPerSlot.computeIfAbsent(each, s -> new HashSet<>())
                        .add((String) deliveryOf(accept(site, each, UUID.randomUUID())).get("riderId"));
            }
        }

        assertThat(ridersPerSlot.values()).allSatisfy(riders -> assertThat(riders).hasSize(1));
        assertThat(client.retrieve(HttpRequest.GET("/api/deliveries?riderId=" + kim), JSON_ARRAY)).hasSize(4);
        assertThat(client.retrieve(HttpRequest.GET("/api/deliveries?riderId=" + lee), JSON_ARRAY)).hasSize(4);
    }

    @Test
    void withoutARiderTheDeliveryWaitsAndIsAssignedAsSoonAsOneRegistersOrComesBack() {
        UUID order = accept(site, slot, UUID.randomUUID());
        Map<String, Object> waiting = deliveryOf(order);
        assertThat(waiting).containsEntry("status", "PLANNED").containsEntry("riderId", null);
        String deliveryId = (String) waiting.get("deliveryId");
        assertThat(outbox.of(deliveryId)).extracting(OutboxEvents.Row::type)
                .containsExactly("delivery.planned", "delivery.waiting-for-rider");
        assertThat(outbox.of(deliveryId, "delivery.waiting-for-rider").get(0).payload()).isEqualTo(Map.of(
                "deliveryId", deliveryId, "orderId", order.toString(), "siteId", site.toString(), "slotId", slot.toString()));

        UUID rider = registerRider(site);
        assertThat(deliveryOf(order)).containsEntry("status", "ASSIGNED").containsEntry("riderId", rider.toString());

        putAvailability(rider, false);
        assertThat(deliveryOf(order)).containsEntry("status", "PLANNED").containsEntry("riderId", null);
        putAvailability(rider, true);
        assertThat(deliveryOf(order)).containsEntry("status", "ASSIGNED").containsEntry("riderId", rider.toString());

        assertThat(outbox.of(deliveryId)).extracting(OutboxEvents.Row::type).containsExactly("delivery.planned",
                "delivery.waiting-for-rider", "delivery.assigned", "delivery.unassigned", "delivery.waiting-for-rider",
                "delivery.assigned");
        assertThat(outbox.of(deliveryId, "delivery.unassigned").get(0).payload()).isEqualTo(Map.of(
                "deliveryId", deliveryId, "orderId", order.toString(), "riderId", rider.toString(),
                "reason", "rider unavailable"));
    }

    @Test
    void aRiderWhoStepsOutBeforePickupHandsTheSlotOverButKeepsItOnceOnTheRoad() {
        UUID kim = registerRider(site);
        UUID first = accept(site, slot, UUID.randomUUID());
        UUID second = accept(site, slot, UUID.randomUUID());
        UUID lee = registerRider(site);

        putAvailability(kim, false);
        assertThat(deliveryOf(first)).containsEntry("riderId", lee.toString()).containsEntry("status", "ASSIGNED");
        assertThat(deliveryOf(second)).containsEntry("riderId", lee.toString());
        assertThat(outbox.of(deliveryOf(first).get("deliveryId"))).extracting(OutboxEvents.Row::type)
                .containsExactly("delivery.planned", "delivery.assigned", "delivery.unassigned", "delivery.assigned");
        assertThat(assignedRidersOf(site, slot)).containsExactly(lee);

        putAvailability(kim, true);
        post("/api/deliveries/" + deliveryOf(first).get("deliveryId") + "/pickup", Map.of());
        putAvailability(lee, false);
        assertThat(deliveryOf(first)).containsEntry("riderId", lee.toString()).containsEntry("status", "PICKED_UP");
        assertThat(deliveryOf(second)).containsEntry("riderId", lee.toString()).containsEntry("status", "ASSIGNED");
    }

    @Test
    void aDeliveryIsPickedUpDelayedWithAReasonAndCompletedIntoABox() {
        UUID rider = registerRider(site);
        UUID store = UUID.randomUUID();
        UUID order = accept(site, slot, store);
        String deliveryId = (String) deliveryOf(order).get("deliveryId");

        assertThat(post("/api/deliveries/" + deliveryId + "/pickup", Map.of())).containsEntry("status", "PICKED_UP");
        assertProblem(() -> post("/api/deliveries/" + deliveryId + "/delay", Map.of()), HttpStatus.BAD_REQUEST, "reason");
        assertProblem(() -> post("/api/deliveries/" + deliveryId + "/delay", Map.of("reason", "  ")),
                HttpStatus.BAD_REQUEST, "reason");
        assertThat(post("/api/deliveries/" + deliveryId + "/delay", Map.of("reason", "rain on the bridge")))
                .containsEntry("status", "DELAYED");
        Map<String, Object> completed = post("/api/deliveries/" + deliveryId + "/complete", Map.of());
        assertThat(completed).containsEntry("status", "COMPLETED").containsEntry("boxNumber", "1");

        assertThat(outbox.of(deliveryId)).extracting(OutboxEvents.Row::type).containsExactly("delivery.planned",
                "delivery.assigned", "delivery.picked-up", "delivery.delayed", "delivery.completed");
        Map<String, Object> pickedUp = outbox.of(deliveryId, "delivery.picked-up").get(0).payload();
        assertThat(pickedUp).containsOnlyKeys("deliveryId", "orderId", "riderId", "pickedUpAt")
                .containsEntry("riderId", rider.toString());
        Instant.parse((String) pickedUp.get("pickedUpAt"));
        assertThat(outbox.of(deliveryId, "delivery.delayed").get(0).payload()).isEqualTo(Map.of("deliveryId", deliveryId,
                "orderId", order.toString(), "riderId", rider.toString(), "reason", "rain on the bridge"));
        Map<String, Object> done = outbox.of(deliveryId, "delivery.completed").get(0).payload();
        assertThat(done).containsOnlyKeys("deliveryId", "orderId", "riderId", "storeId", "boxNumber", "completedAt")
                .containsEntry("storeId", store.toString()).containsEntry("boxNumber", "1");
        Instant.parse((String) done.get("completedAt"));

        // the next order of the slot gets the next box; another slot starts again at 1
        UUID next = accept(site, slot, store);
        assertThat(pickUpAndComplete(next)).containsEntry("boxNumber", "2");
        assertThat(pickUpAndComplete(accept(site, UUID.randomUUID(), store))).containsEntry("boxNumber", "1");
    }

    @Test
    void stepsTheDeliveryIsNotReadyForAreConflicts() {
        String waiting = (String) deliveryOf(accept(site, slot, UUID.randomUUID())).get("deliveryId");
        assertProblem(() -> post("/api/deliveries/" + waiting + "/pickup", Map.of()), HttpStatus.CONFLICT, null);

        registerRider(site);
        String assigned = (String) deliveryOf(accept(site, slot, UUID.randomUUID())).get("deliveryId");
        assertProblem(() -> post("/api/deliveries/" + assigned + "/complete", Map.of()), HttpStatus.CONFLICT, null);
        assertProblem(() -> post("/api/deliveries/" + assigned + "/delay", Map.of("reason", "late")),
                HttpStatus.CONFLICT, null);
        post("/api/deliveries/" + assigned + "/pickup", Map.of());
        Map<String, Object> twice = assertProblem(() -> post("/api/deliveries/" + assigned + "/pickup", Map.of()),
                HttpStatus.CONFLICT, null);
        assertThat((String) twice.get("detail")).contains(assigned).contains("PICKED_UP");
        post("/api/deliveries/" + assigned + "/complete", Map.of());
        assertProblem(() -> post("/api/deliveries/" + assigned + "/complete", Map.of()), HttpStatus.CONFLICT, null);
        assertThat(outbox.of(assigned, "delivery.completed")).hasSize(1);

        UUID unknown = UUID.randomUUID();
        for (String step : List.of("pickup", "complete")) {
            assertProblem(() -> post("/api/deliveries/" + unknown + "/" + step, Map.of()), HttpStatus.NOT_FOUND,
                    "deliveryId");
        }
        assertProblem(() -> post("/api/deliveries/" + unknown + "/delay", Map.of("reason", "late")),
                HttpStatus.NOT_FOUND, "deliveryId");
        assertProblem(() -> post("/api/deliveries/not-a-uuid/pickup", Map.of()), HttpStatus.BAD_REQUEST, "deliveryId");
    }

    @Test
    void deliveriesCompleteInBulkAllOrNothing() {
        registerRider(site);
        List<String> onBoard = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = (String) deliveryOf(accept(site, slot, UUID.randomUUID())).get("deliveryId");
            post("/api/deliveries/" + id + "/pickup", Map.of());
            onBoard.add(id);
        }
        String notPickedUp = (String) deliveryOf(accept(site, slot, UUID.randomUUID())).get("deliveryId");

        List<String> mixed = new ArrayList<>(onBoard);
        mixed.add(1, notPickedUp);
        Map<String, Object> problem = assertProblem(() -> client.exchange(HttpRequest.POST("/api/deliveries/complete",
                Map.of("deliveryIds", mixed)), JSON_ARRAY), HttpStatus.CONFLICT, null);
        assertThat((String) problem.get("detail")).contains(notPickedUp);
        onBoard.forEach(id -> assertThat(outbox.of(id, "delivery.completed")).isEmpty());

        UUID unknown = UUID.randomUUID();
        List<String> withUnknown = new ArrayList<>(onBoard);
        withUnknown.add(unknown.toString());
        Map<String, Object> notFound = assertProblem(() -> client.exchange(HttpRequest.POST("/api/deliveries/complete",
                Map.of("deliveryIds", withUnknown)), JSON_ARRAY), HttpStatus.NOT_FOUND, "deliveryId");
        assertThat((String) notFound.get("detail")).contains(unknown.toString());

        List<Map<String, Object>> completed = client.retrieve(HttpRequest.POST("/api/deliveries/complete",
                Map.of("deliveryIds", onBoard)), JSON_ARRAY);
        assertThat(completed).extracting(d -> d.get("deliveryId")).containsExactlyElementsOf(onBoard);
        assertThat(completed).allSatisfy(d -> assertThat(d).containsEntry("status", "COMPLETED"));
        assertThat(completed).extracting(d -> d.get("boxNumber")).containsExactlyInAnyOrder("1", "2", "3");
        onBoard.forEach(id -> assertThat(outbox.of(id, "delivery.completed")).hasSize(1));

        assertProblem(() -> client.exchange(HttpRequest.POST("/api/deliveries/complete", Map.of("deliveryIds", List.of())),
                JSON_ARRAY), HttpStatus.BAD_REQUEST, "deliveryIds");
        assertProblem(() -> client.exchange(HttpRequest.POST("/api/deliveries/complete", Map.of()), JSON_ARRAY),
                HttpStatus.BAD_REQUEST, "deliveryIds");
    }

    @Test
    void missingItemsAreReportedWithEachFaultAndResolution() {
        UUID rider = registerRider(site);
        UUID product = UUID.randomUUID();
        for (String fault : List.of("RIDER", "STORE")) {
            for (String resolution : List.of("REFUND", "REDELIVERY")) {
                UUID store = UUID.randomUUID();
                UUID order = accept(site, slot, store);
                String deliveryId = (String) pickUpAndComplete(order).get("deliveryId");

                Map<String, Object> answer = post("/api/deliveries/" + deliveryId + "/missing", Map.of("fault", fault,
                        "resolution", resolution, "items", List.of(Map.of("productId", product, "quantity", 2))));

                assertThat(delivery(answer.get("delivery"))).containsEntry("deliveryId", deliveryId)
                        .containsEntry("status", "COMPLETED");
                assertThat(outbox.of(deliveryId, "delivery.missing-reported")).singleElement()
                        .extracting(OutboxEvents.Row::payload).isEqualTo(Map.of("deliveryId", deliveryId,
                                "orderId", order.toString(), "storeId", store.toString(), "riderId", rider.toString(),
                                "fault", fault, "resolution", resolution,
                                "items", List.of(Map.of("productId", product.toString(), "quantity", 2))));
                List<Map<String, Object>> ofOrder = client.retrieve(HttpRequest.GET("/api/deliveries?orderId=" + order),
                        JSON_ARRAY);
                if (resolution.equals("REDELIVERY")) {
                    Map<String, Object> redelivery = delivery(answer.get("redelivery"));
                    assertThat(redelivery).containsEntry("orderId", order.toString()).containsEntry("status", "ASSIGNED")
                            .containsEntry("riderId", rider.toString()).containsEntry("redeliveryOf", deliveryId)
                            .containsEntry("storeId", store.toString());
                    assertThat(ofOrder).hasSize(2);
                    assertThat(outbox.of(redelivery.get("deliveryId"))).extracting(OutboxEvents.Row::type)
                            .containsExactly("delivery.planned", "delivery.assigned");
                    // the redelivery goes through its steps like any delivery, into a box of its own
                    String again = (String) redelivery.get("deliveryId");
                    post("/api/deliveries/" + again + "/pickup", Map.of());
                    assertThat(post("/api/deliveries/" + again + "/complete", Map.of()).get("boxNumber"))
                            .isNotEqualTo(pickUpAndComplete(order, deliveryId).get("boxNumber"));
                } else {
                    assertThat(answer.get("redelivery")).isNull();
                    assertThat(ofOrder).hasSize(1);
                }
                assertProblem(() -> post("/api/deliveries/" + deliveryId + "/missing",
                        Map.of("fault", fault, "resolution", resolution)), HttpStatus.CONFLICT, null);
            }
        }
    }

    @Test
    void aMissingReportNeedsAPickedUpDeliveryAndValidInput() {
        registerRider(site);
        String assigned = (String) deliveryOf(accept(site, slot, UUID.randomUUID())).get("deliveryId");
        assertProblem(() -> post("/api/deliveries/" + assigned + "/missing", Map.of("fault", "STORE",
                "resolution", "REFUND")), HttpStatus.CONFLICT, null);
        post("/api/deliveries/" + assigned + "/pickup", Map.of());

        assertProblem(() -> post("/api/deliveries/" + assigned + "/missing", Map.of("fault", "CUSTOMER",
                "resolution", "REFUND")), HttpStatus.BAD_REQUEST, "fault");
        assertProblem(() -> post("/api/deliveries/" + assigned + "/missing", Map.of("fault", "STORE")),
                HttpStatus.BAD_REQUEST, "resolution");
        assertProblem(() -> post("/api/deliveries/" + assigned + "/missing", Map.of("fault", "STORE",
                "resolution", "CREDIT")), HttpStatus.BAD_REQUEST, "resolution");
        Map<String, Object> zero = assertProblem(() -> post("/api/deliveries/" + assigned + "/missing", Map.of(
                "fault", "STORE", "resolution", "REFUND", "items", List.of(Map.of("productId", UUID.randomUUID(),
                        "quantity", 0)))), HttpStatus.BAD_REQUEST, null);
        assertThat(zero.toString()).contains("quantity");
        assertProblem(() -> post("/api/deliveries/" + UUID.randomUUID() + "/missing", Map.of("fault", "STORE",
                "resolution", "REFUND")), HttpStatus.NOT_FOUND, "deliveryId");
        assertThat(outbox.of(assigned, "delivery.missing-reported")).isEmpty();

        // on the road, without items: the whole order is missing
        Map<String, Object> answer = post("/api/deliveries/" + assigned + "/missing",
                Map.of("fault", "RIDER", "resolution", "REFUND"));
        assertThat(delivery(answer.get("delivery"))).containsEntry("status", "PICKED_UP");
        assertThat(outbox.of(assigned, "delivery.missing-reported").get(0).payload()).containsEntry("items", List.of());
    }

    @Test
    void aCancelledOrderDropsItsDeliveryBeforePickupOnly() {
        registerRider(site);
        UUID early = accept(site, slot, UUID.randomUUID());
        UUID late = accept(site, slot, UUID.randomUUID());
        String lateDelivery = (String) deliveryOf(late).get("deliveryId");
        post("/api/deliveries/" + lateDelivery + "/pickup", Map.of());

        cancelOrderDelivery.cancelOrderDelivery(early, "customer cancelled");
        cancelOrderDelivery.cancelOrderDelivery(late, "customer cancelled");

        Map<String, Object> dropped = deliveryOf(early);
        assertThat(dropped).containsEntry("status", "CANCELLED");
        assertThat(outbox.of(dropped.get("deliveryId"), "delivery.cancelled")).singleElement()
                .extracting(OutboxEvents.Row::payload).isEqualTo(Map.of("deliveryId", dropped.get("deliveryId"),
                        "orderId", early.toString(), "reason", "customer cancelled"));
        assertThat(deliveryOf(late)).containsEntry("status", "PICKED_UP");
        assertThat(outbox.of(lateDelivery, "delivery.cancelled")).isEmpty();
        assertProblem(() -> post("/api/deliveries/" + dropped.get("deliveryId") + "/pickup", Map.of()),
                HttpStatus.CONFLICT, null);
    }

    @Test
    void concurrentDispatchNeverGivesASiteAndSlotTwoRiders() throws Exception {
        for (int i = 0; i < 3; i++) {
            registerRider(site);
        }
        List<UUID> orders = new ArrayList<>();
        List<Callable<UUID>> accepts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            UUID order = UUID.randomUUID();
            orders.add(order);
            accepts.add(() -> {
                planDelivery.planDelivery(new PlanDeliveryCommand(order, UUID.randomUUID(), site, slot, Instant.now()));
                return order;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<UUID> done : pool.invokeAll(accepts)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        Set<Object> riders = new HashSet<>();
        orders.forEach(order -> riders.add(deliveryOf(order).get("riderId")));
        assertThat(riders).singleElement().isNotNull();
        assertThat(assignedRidersOf(site, slot)).hasSize(1);
    }

    private UUID registerRider(UUID... sites) {
        Map<String, Object> created = client.retrieve(HttpRequest.POST("/api/riders",
                Map.of("name", "Park Jiwoo", "siteIds", List.of(sites))), JSON_OBJECT);
        return UUID.fromString((String) created.get("riderId"));
    }

    private void putAvailability(UUID riderId, boolean available) {
        client.exchange(HttpRequest.PUT("/api/riders/" + riderId + "/availability", Map.of("available", available)));
    }

    private UUID accept(UUID siteId, UUID slotId, UUID storeId) {
        UUID order = UUID.randomUUID();
        planDelivery.planDelivery(new PlanDeliveryCommand(order, storeId, siteId, slotId, Instant.now()));
        return order;
    }

    /** The order's first delivery. */
    private Map<String, Object> deliveryOf(UUID orderId) {
        List<Map<String, Object>> deliveries = client.retrieve(HttpRequest.GET("/api/deliveries?orderId=" + orderId),
                JSON_ARRAY);
        return deliveries.stream().filter(d -> d.get("redeliveryOf") == null).findFirst().orElseThrow();
    }

    private Map<String, Object> pickUpAndComplete(UUID orderId) {
        return pickUpAndComplete(orderId, (String) deliveryOf(orderId).get("deliveryId"));
    }

    /** The delivery completed (picked up first if need be); an already completed one is just read. */
    private Map<String, Object> pickUpAndComplete(UUID orderId, String deliveryId) {
        Map<String, Object> current = client.retrieve(HttpRequest.GET("/api/deliveries?orderId=" + orderId), JSON_ARRAY)
                .stream().filter(d -> d.get("deliveryId").equals(deliveryId)).findFirst().orElseThrow();
        if ("COMPLETED".equals(current.get("status"))) {
            return current;
        }
        post("/api/deliveries/" + deliveryId + "/pickup", Map.of());
        return post("/api/deliveries/" + deliveryId + "/complete", Map.of());
    }

    private Map<String, Object> post(String path, Object body) {
        return client.retrieve(HttpRequest.POST(path, body), JSON_OBJECT);
    }

    private List<UUID> assignedRidersOf(UUID siteId, UUID slotId) {
        return transactions.executeRead(tx -> {
            try (var statement = tx.getConnection().prepareStatement(
                    "select rider_id from slot_assignment where site_id = ? and slot_id = ?")) {
                statement.setObject(1, siteId);
                statement.setObject(2, slotId);
                List<UUID> riders = new ArrayList<>();
                try (var result = statement.executeQuery()) {
                    while (result.next()) {
                        riders.add(result.getObject(1, UUID.class));
                    }
                }
                return riders;
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> delivery(Object json) {
        return (Map<String, Object>) json;
    }

    /** Asserts an RFC 9457 problem with the status and, when given, the offending field among those it names. */
    static Map<String, Object> assertProblem(Runnable call, HttpStatus status, String field) {
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
