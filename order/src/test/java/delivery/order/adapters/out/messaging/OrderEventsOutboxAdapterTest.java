package delivery.order.adapters.out.messaging;

import delivery.order.OutboxRows;
import delivery.order.application.port.out.OrderEventPublisher;
import delivery.order.domain.CancelledBy;
import delivery.order.domain.Order;
import delivery.order.domain.OrderEvent;
import delivery.order.domain.OrderStatus;
import delivery.order.domain.Orders;
import delivery.order.domain.TickingClock;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox adapter against the real PostgreSQL: rows on {@code order.events}, in the caller's transaction only. */
@MicronautTest(transactional = false)
class OrderEventsOutboxAdapterTest {

    @Inject
    OrderEventPublisher events;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    OutboxRows outbox;
    @Inject
    JsonMapper json;

    private final TickingClock clock = new TickingClock(Instant.parse("2026-03-02T02:30:00Z"));

    @Test
    void everyKindOfOrderEventHasItsType() {
        Set<Class<?>> kinds = Set.of(OrderEvent.class.getPermittedSubclasses());
        assertThat(new HashSet<Class<?>>(OrderEventsOutboxAdapter.TYPES.keySet())).isEqualTo(kinds);
        assertThat(OrderEventsOutboxAdapter.TYPES.values()).allMatch(type -> type.startsWith("order."))
                .doesNotHaveDuplicates();
    }

    @Test
    void eachEventOfTheSagaIsWrittenWithItsTypeAsRoutingKeyAndTheOrderAsAggregate() throws IOException {
        Order order = Orders.placed(clock);
        UUID rider = UUID.randomUUID();
        List<OrderEvent> saga = List.of(order.placed(), order.paymentApproved(), order.accept(),
                order.deliveryAssigned(rider), order.pickedUp(), order.delayed("rain"), order.delivered("A-12"));

        transactions.executeWrite(status -> {
            saga.forEach(events::publish);
            return null;
        });

        List<OutboxRows.Row> rows = outbox.of(order.id());
        assertThat(rows).extracting(OutboxRows.Row::routingKey).containsExactly("order.placed", "order.confirmed",
                "order.accepted", "order.rider-assigned", "order.picked-up", "order.delayed", "order.delivered");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.exchange()).isEqualTo("order.events");
            assertThat(row.type()).isEqualTo(row.routingKey());
            assertThat(row.aggregateId()).isEqualTo(order.id().toString());
        });

        Map<String, Object> placed = payload(rows.get(0));
        assertThat(placed).containsEntry("orderId", order.id().toString())
                .containsEntry("customerId", order.customerId().toString())
                .containsEntry("totalAmount", 18_500)
                .containsEntry("paymentMethod", "CARD")
                .containsEntry("note", "no spoon, please");
        assertThat((List<?>) placed.get("items")).hasSize(2);
        Map<?, ?> firstItem = (Map<?, ?>) ((List<?>) placed.get("items")).get(0);
        assertThat(firstItem.get("name")).isEqualTo("Bibimbap");
        assertThat((List<?>) firstItem.get("options")).hasSize(1);
        assertThat(payload(rows.get(6))).containsEntry("boxNumber", "A-12").containsEntry("riderId", rider.toString());
    }

    @Test
    void aCancellationSaysWhoCancelledAndFromWhere() throws IOException {
        Order order = Orders.in(OrderStatus.ORDER_WAITING, clock);
        OrderEvent cancelled = order.cancel("store did not confirm", CancelledBy.STORE);

        transactions.executeWrite(status -> {
            events.publish(cancelled);
            return null;
        });

        OutboxRows.Row row = outbox.of(order.id()).get(0);
        assertThat(row.routingKey()).isEqualTo("order.cancelled");
        assertThat(payload(row)).containsEntry("reason", "store did not confirm")
                .containsEntry("cancelledBy", "STORE").containsEntry("previousStatus", "ORDER_WAITING");
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverWritten() {
        Order order = Orders.placed(clock);

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            events.publish(order.placed());
            throw new IllegalStateException("the state change failed");
        })).hasMessageContaining("the state change failed");

        assertThat(outbox.of(order.id())).isEmpty();
    }

    @Test
    void anEventIsOnlyEverPublishedWithinATransaction() {
        Order order = Orders.placed(clock);
        assertThatThrownBy(() -> events.publish(order.placed())).hasMessageContaining("transaction");
        assertThat(outbox.of(order.id())).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> payload(OutboxRows.Row row) throws IOException {
        return json.readValue(row.payload(), Map.class);
    }
}
