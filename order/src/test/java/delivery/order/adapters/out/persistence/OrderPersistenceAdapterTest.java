package delivery.order.adapters.out.persistence;

import delivery.order.application.port.out.ConcurrentOrderUpdateException;
import delivery.order.application.port.out.OrderPage;
import delivery.order.application.port.out.OrderRepository;
import delivery.order.domain.CancelledBy;
import delivery.order.domain.Order;
import delivery.order.domain.OrderStatus;
import delivery.order.domain.Orders;
import delivery.order.domain.TickingClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The repository port against the real PostgreSQL. */
@MicronautTest(transactional = false)
class OrderPersistenceAdapterTest {

    @Inject
    OrderRepository orders;
    @Inject
    TransactionOperations<Connection> transactions;

    private final TickingClock clock = new TickingClock(Instant.parse("2026-03-02T02:30:00.123456Z"));

    @Test
    void anOrderComesBackWithItsLinesOptionsAndTimeline() {
        Order order = Orders.in(OrderStatus.DELIVERED, clock);
        inTransaction(() -> orders.insert(order));

        Order loaded = inTransaction(() -> orders.findById(order.id())).orElseThrow();

        // the card token is never stored: billing got it with order.placed
        assertThat(loaded).usingRecursiveComparison().ignoringFields("clock", "payment.cardToken").isEqualTo(order);
        assertThat(loaded.payment().cardToken()).isNull();
        assertThat(loaded.lines().get(0).options()).hasSize(1);
        assertThat(loaded.timeline()).hasSize(order.timeline().size());
        assertThat(inTransaction(() -> orders.findById(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void anUpdateStoresTheNewStatusAndAddsOnlyTheNewTimelineEntries() {
        Order order = Orders.placed(clock);
        inTransaction(() -> orders.insert(order));

        Order loaded = inTransaction(() -> orders.findById(order.id())).orElseThrow();
        loaded.paymentApproved();
        loaded.cancel("store did not confirm", CancelledBy.STORE);
        inTransaction(() -> orders.update(loaded));

        Order again = inTransaction(() -> orders.findById(order.id())).orElseThrow();
        assertThat(again.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(again.cancelledBy()).isEqualTo(CancelledBy.STORE);
        assertThat(again.version()).isEqualTo(loaded.version() + 1);
        assertThat(again.timeline()).isEqualTo(loaded.timeline());
        assertThat(again.timeline()).extracting(entry -> entry.status())
                .containsExactly(OrderStatus.PAYMENT_PENDING, OrderStatus.ORDER_WAITING, OrderStatus.CANCELLED);
    }

    @Test
    void aStaleCopyCannotOverwriteANewerChange() {
        Order order = Orders.placed(clock);
        inTransaction(() -> orders.insert(order));
        Order first = inTransaction(() -> orders.findById(order.id())).orElseThrow();
        Order second = inTransaction(() -> orders.findById(order.id())).orElseThrow();

        first.paymentApproved();
        inTransaction(() -> orders.update(first));
        second.paymentRejected("card declined");

        assertThatThrownBy(() -> inTransaction(() -> orders.update(second)))
                .isInstanceOf(ConcurrentOrderUpdateException.class)
                .hasMessageContaining(order.id().toString());
        Order stored = inTransaction(() -> orders.findById(order.id())).orElseThrow();
        assertThat(stored.status()).isEqualTo(OrderStatus.ORDER_WAITING);
        assertThat(stored.timeline()).hasSize(2);
    }

    @Test
    void aCustomersOrdersArePagedNewestFirst() {
        UUID customer = UUID.randomUUID();
        List<Order> placed = List.of(Orders.placed(clock, customer), Orders.placed(clock, customer),
                Orders.placed(clock, customer));
        inTransaction(() -> placed.forEach(orders::insert));
        inTransaction(() -> orders.insert(Orders.placed(clock)));

        OrderPage first = inTransaction(() -> orders.findByCustomer(customer, 0, 2));
        OrderPage second = inTransaction(() -> orders.findByCustomer(customer, 1, 2));
        OrderPage beyond = inTransaction(() -> orders.findByCustomer(customer, 5, 2));

        assertThat(first.orders()).extracting(Order::id).containsExactly(placed.get(2).id(), placed.get(1).id());
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(2);
        assertThat(second.orders()).extracting(Order::id).containsExactly(placed.get(0).id());
        assertThat(second.orders().get(0).lines()).hasSize(2);
        assertThat(second.orders().get(0).timeline()).hasSize(1);
        assertThat(beyond.orders()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
        assertThat(inTransaction(() -> orders.findByCustomer(UUID.randomUUID(), 0, 20)).total()).isZero();
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }

    private void inTransaction(Runnable work) {
        transactions.executeWrite(status -> {
            work.run();
            return null;
        });
    }
}
