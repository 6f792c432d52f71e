package delivery.order.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderProperties {

    /**
     * Whatever the saga throws at an order, in whatever order: it moves only along the table's
     * edges, one timeline entry and one event per accepted command, and a terminal status takes nothing.
     */
    @Property(tries = 2_000)
    void anOrderOnlyEverMovesAlongTheTransitionTable(@ForAll("sagas") List<Command> commands) {
        Order order = Orders.placed(new TickingClock(Instant.EPOCH));
        int changes = 1; // the placement
        List<OrderStatus> path = new ArrayList<>(List.of(order.status()));

        for (Command command : commands) {
            OrderStatus before = order.status();
            int entries = order.timeline().size();
            if (command.allowedFrom(before)) {
                OrderEvent event = command.apply.apply(order);
                changes++;
                path.add(order.status());
                assertThat(event).isInstanceOf(command.event);
                assertThat(event.orderId()).isEqualTo(order.id());
                assertThat(order.status()).isEqualTo(command.to);
                assertThat(Command.edge(before, order.status())).isTrue();
            } else {
                assertThatThrownBy(() -> command.apply.apply(order))
                        .isInstanceOf(IllegalTransitionException.class)
                        .hasMessageContaining(before.name()).hasMessageContaining(command.to.name());
                assertThat(order.status()).isEqualTo(before);
                assertThat(order.timeline()).hasSize(entries);
            }
            if (Command.TERMINAL.contains(before)) {
                assertThat(order.status()).isEqualTo(before);
            }
        }

        assertThat(order.timeline()).hasSize(changes);
        assertThat(order.timeline()).extracting(TimelineEntry::status).containsExactlyElementsOf(path);
        for (int i = 1; i < path.size(); i++) {
            assertThat(Command.edge(path.get(i - 1), path.get(i))).as("%s → %s", path.get(i - 1), path.get(i)).isTrue();
        }
        assertThat(order.timeline()).extracting(TimelineEntry::at).isSorted().doesNotHaveDuplicates();
        Statistics.collect(order.status());
        Statistics.coverage(coverage -> {
            coverage.check(OrderStatus.DELIVERED).percentage(p -> p >= 5);
            coverage.check(OrderStatus.REFUNDED).percentage(p -> p >= 5);
            coverage.check(OrderStatus.PAYMENT_FAILED).percentage(p -> p >= 5);
        });
    }

    @Property
    void aTerminalOrderRefusesEveryCommand(@ForAll("terminal") OrderStatus status, @ForAll Command command) {
        Order order = Orders.in(status, new TickingClock(Instant.EPOCH));
        List<TimelineEntry> before = order.timeline();

        assertThatThrownBy(() -> command.apply.apply(order)).isInstanceOf(IllegalTransitionException.class);

        assertThat(order.status()).isEqualTo(status);
        assertThat(order.timeline()).isEqualTo(before);
    }

    @Property
    void theTotalIsTheSumOfEachLinesUnitsTimesTheirPriceWithOptions(@ForAll("lines") List<OrderLine> lines) {
        Order order = Order.place(new TickingClock(Instant.EPOCH), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), lines, null,
                new OrderPayment(PaymentMethod.VIRTUAL_ACCOUNT, null, null, 0), PricedBy.STORE);

        long expected = 0;
        for (OrderLine line : lines) {
            long perUnit = line.unitPrice();
            for (OrderLineOption option : line.options()) {
                perUnit += option.unitPrice() * option.quantity();
            }
            expected += perUnit * line.quantity();
        }
        assertThat(order.totalAmount()).isEqualTo(expected).isNotNegative();
    }

    @Property
    void aLineOfLessThanOneUnitIsRefused(@ForAll @IntRange(min = -1_000, max = 0) int quantity) {
        assertThatThrownBy(() -> new OrderLine(UUID.randomUUID(), "Kimbap", 3_000, quantity, List.of()))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("items.quantity");
    }

    /**
     * Commands in any order, weighted so that many sequences get far along the saga before an
     * early exit (payment failure, cancellation) ends them.
     */
    @Provide
    Arbitrary<List<Command>> sagas() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Command.APPROVE_PAYMENT)),
                Tuple.of(1, Arbitraries.just(Command.REJECT_PAYMENT)),
                Tuple.of(4, Arbitraries.just(Command.ACCEPT)),
                Tuple.of(1, Arbitraries.just(Command.CUSTOMER_CANCEL)),
                Tuple.of(1, Arbitraries.just(Command.STORE_REJECT)),
                Tuple.of(2, Arbitraries.just(Command.REFUND)),
                Tuple.of(4, Arbitraries.just(Command.ASSIGN_RIDER)),
                Tuple.of(4, Arbitraries.just(Command.PICK_UP)),
                Tuple.of(3, Arbitraries.just(Command.DELAY)),
                Tuple.of(2, Arbitraries.just(Command.DELIVER))).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<OrderStatus> terminal() {
        return Arbitraries.of(Command.TERMINAL);
    }

    @Provide
    Arbitrary<List<OrderLine>> lines() {
        Arbitrary<OrderLineOption> option = Combinators.combine(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
                Arbitraries.longs().between(0, 5_000),
                Arbitraries.integers().between(1, 5)).as(OrderLineOption::new);
        Arbitrary<OrderLine> line = Combinators.combine(
                Arbitraries.create(UUID::randomUUID),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40),
                Arbitraries.longs().between(0, 100_000),
                Arbitraries.integers().between(1, 50),
                option.list().ofMaxSize(4)).as(OrderLine::new);
        return line.list().ofMinSize(1).ofMaxSize(10);
    }
}
