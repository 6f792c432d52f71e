package delivery.order.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class OrderTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:30:00Z");

    private final TickingClock clock = new TickingClock(T0);

    @Test
    void placingAnOrderWaitsForThePaymentAndAddsUpTheLinesInKrw() {
        UUID customer = UUID.randomUUID();
        Order order = Orders.placed(clock, customer);

        assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_PENDING);
        // 2 × (8000 + 500 egg) + 1 × 1500
        assertThat(order.totalAmount()).isEqualTo(18_500);
        assertThat(order.lines().get(0).amount()).isEqualTo(17_000);
        assertThat(order.timeline()).containsExactly(new TimelineEntry(OrderStatus.PAYMENT_PENDING, T0, null));
        assertThat(order.placedAt()).isEqualTo(T0);
        assertThat(order.version()).isZero();

        OrderPlaced placed = order.placed();
        assertThat(placed.orderId()).isEqualTo(order.id());
        assertThat(placed.customerId()).isEqualTo(customer);
        assertThat(placed.totalAmount()).isEqualTo(18_500);
        assertThat(placed.paymentMethod()).isEqualTo(PaymentMethod.CARD);
        assertThat(placed.cardToken()).isEqualTo("tok_visa");
        assertThat(placed.items()).isEqualTo(order.lines());
        assertThat(placed.placedAt()).isEqualTo(T0);
    }

    @Test
    void anOrderHasAtLeastOneLineOfAtLeastOneUnit() {
        assertThatThrownBy(() -> place(List.of())).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("items");
        assertThatThrownBy(() -> place(null)).extracting("field").isEqualTo("items");
        assertThatThrownBy(() -> new OrderLine(UUID.randomUUID(), "Bibimbap", 8_000, 0, List.of()))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("items.quantity");
        assertThatThrownBy(() -> new OrderLine(UUID.randomUUID(), "Bibimbap", -1, 1, List.of()))
                .extracting("field").isEqualTo("items.unitPrice");
        assertThatThrownBy(() -> new OrderLine(null, "Bibimbap", 8_000, 1, List.of()))
                .extracting("field").isEqualTo("items.productId");
        assertThatThrownBy(() -> new OrderLineOption("extra egg", 500, 0))
                .extracting("field").isEqualTo("options.quantity");
    }

    @Test
    void theOrderNamesItsCustomerStoreSiteSlotAndPaymentMethod() {
        UUID id = UUID.randomUUID();
        List<OrderLine> lines = Orders.lines();
        OrderPayment card = OrderPayment.forPlacement(PaymentMethod.CARD, "tok_visa", null, 0);
        assertThatThrownBy(() -> Order.place(clock, null, id, id, id, lines, null, card, PricedBy.STORE))
                .extracting("field").isEqualTo("customerId");
        assertThatThrownBy(() -> Order.place(clock, id, null, id, id, lines, null, card, PricedBy.STORE))
                .extracting("field").isEqualTo("storeId");
        assertThatThrownBy(() -> Order.place(clock, id, id, null, id, lines, null, card, PricedBy.STORE))
                .extracting("field").isEqualTo("siteId");
        assertThatThrownBy(() -> Order.place(clock, id, id, id, null, lines, null, card, PricedBy.STORE))
                .extracting("field").isEqualTo("slotId");
        assertThatThrownBy(() -> Order.place(clock, id, id, id, id, lines, null, null, PricedBy.STORE))
                .extracting("field").isEqualTo("payment");
        assertThatThrownBy(() -> Order.place(clock, id, id, id, id, lines, "x".repeat(501), card, PricedBy.STORE))
                .extracting("field").isEqualTo("note");
        assertThat(Order.place(clock, id, id, id, id, lines, null,
                OrderPayment.forPlacement(PaymentMethod.VIRTUAL_ACCOUNT, null, null, 0), PricedBy.STORE).note()).isNull();
    }

    @Test
    void aCardPaymentNeedsItsTokenAndAVirtualAccountTakesNone() {
        assertThatThrownBy(() -> OrderPayment.forPlacement(PaymentMethod.CARD, null, null, 0))
                .extracting("field").isEqualTo("payment.cardToken");
        assertThatThrownBy(() -> OrderPayment.forPlacement(PaymentMethod.CARD, " ", null, 0))
                .extracting("field").isEqualTo("payment.cardToken");
        assertThatThrownBy(() -> OrderPayment.forPlacement(PaymentMethod.VIRTUAL_ACCOUNT, "tok_visa", null, 0))
                .extracting("field").isEqualTo("payment.cardToken");
        assertThatThrownBy(() -> OrderPayment.forPlacement(null, null, null, 0))
                .extracting("field").isEqualTo("payment.method");
        assertThatThrownBy(() -> OrderPayment.forPlacement(PaymentMethod.CARD, "tok_visa", null, -1))
                .extracting("field").isEqualTo("points");
        assertThatThrownBy(() -> OrderPayment.forPlacement(PaymentMethod.CARD, "tok_visa", "", 0))
                .extracting("field").isEqualTo("couponCode");
        assertThat(OrderPayment.forPlacement(PaymentMethod.CARD, "tok_visa", "WELCOME", 300))
                .isEqualTo(new OrderPayment(PaymentMethod.CARD, "tok_visa", "WELCOME", 300));
    }

    @Test
    void anOrderPricedFromTheCatalogCopySaysSoInItsTimeline() {
        UUID id = UUID.randomUUID();
        Order order = Order.place(clock, id, id, id, id, Orders.lines(), null,
                OrderPayment.forPlacement(PaymentMethod.VIRTUAL_ACCOUNT, null, "WELCOME", 500), PricedBy.CATALOG_COPY);

        assertThat(order.timeline().get(0).reason()).contains("catalog copy");
        OrderPlaced placed = order.placed();
        assertThat(placed.cardToken()).isNull();
        assertThat(placed.couponCode()).isEqualTo("WELCOME");
        assertThat(placed.points()).isEqualTo(500);
    }

    @Test
    void aTotalTooLargeForAnAmountIsRefusedNotWrappedAround() {
        OrderLine huge = new OrderLine(UUID.randomUUID(), "Gold bar", Long.MAX_VALUE / 2, 3, List.of());
        assertThatThrownBy(() -> place(List.of(huge))).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("items");
    }

    @Test
    void theHappyPathEndsDeliveredWithEveryStepOnTheTimeline() {
        Order order = Orders.placed(clock);
        UUID rider = UUID.randomUUID();

        OrderConfirmed confirmed = order.paymentApproved();
        assertThat(order.status()).isEqualTo(OrderStatus.ORDER_WAITING);
        assertThat(confirmed).isEqualTo(new OrderConfirmed(order.id(), order.customerId(), order.storeId(),
                order.siteId(), order.slotId(), order.lines(), order.note(), 18_500));

        OrderAccepted accepted = order.accept();
        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(accepted.storeId()).isEqualTo(order.storeId());

        OrderRiderAssigned assigned = order.deliveryAssigned(rider);
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERY_WAITING);
        assertThat(order.riderId()).isEqualTo(rider);
        assertThat(assigned.riderId()).isEqualTo(rider);

        assertThat(order.pickedUp()).isEqualTo(new OrderPickedUp(order.id(), order.customerId(), rider));
        assertThat(order.status()).isEqualTo(OrderStatus.PICKED_UP);

        assertThat(order.delayed("road works").reason()).isEqualTo("road works");
        assertThat(order.status()).isEqualTo(OrderStatus.DELAYED);
        order.delayed("still road works");

        OrderDelivered delivered = order.delivered("A-12");
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.boxNumber()).isEqualTo("A-12");
        assertThat(delivered).isEqualTo(new OrderDelivered(order.id(), order.customerId(), order.storeId(), rider,
                "A-12", 18_500));

        assertThat(order.timeline()).extracting(TimelineEntry::status, TimelineEntry::at, TimelineEntry::reason)
                .containsExactly(
                        tuple(OrderStatus.PAYMENT_PENDING, T0, null),
                        tuple(OrderStatus.ORDER_WAITING, T0.plusSeconds(1), null),
                        tuple(OrderStatus.ACCEPTED, T0.plusSeconds(2), null),
                        tuple(OrderStatus.DELIVERY_WAITING, T0.plusSeconds(3), null),
                        tuple(OrderStatus.PICKED_UP, T0.plusSeconds(4), null),
                        tuple(OrderStatus.DELAYED, T0.plusSeconds(5), "road works"),
                        tuple(OrderStatus.DELAYED, T0.plusSeconds(6), "still road works"),
                        tuple(OrderStatus.DELIVERED, T0.plusSeconds(7), null));
    }

    @Test
    void aRejectedPaymentEndsTheOrderWithItsReason() {
        Order order = Orders.placed(clock);
        assertThatThrownBy(() -> order.paymentRejected(" ")).extracting("field").isEqualTo("reason");

        OrderPaymentFailed failed = order.paymentRejected("card declined");

        assertThat(failed).isEqualTo(new OrderPaymentFailed(order.id(), order.customerId(), "card declined"));
        assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_FAILED);
        assertThat(order.timeline()).last().extracting(TimelineEntry::reason).isEqualTo("card declined");
        assertThat(OrderStatus.PAYMENT_FAILED.isTerminal()).isTrue();
    }

    @Test
    void theCustomerMayCancelWhileThePaymentIsPendingAndThenTheRefundEndsIt() {
        Order order = Orders.placed(clock);

        OrderCancelled cancelled = order.cancel("changed my mind", CancelledBy.CUSTOMER);

        assertThat(cancelled).isEqualTo(new OrderCancelled(order.id(), order.customerId(), order.storeId(),
                order.slotId(), 18_500, "changed my mind", CancelledBy.CUSTOMER, OrderStatus.PAYMENT_PENDING));
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.cancelledBy()).isEqualTo(CancelledBy.CUSTOMER);

        assertThat(order.refunded()).isEqualTo(new OrderRefunded(order.id(), order.customerId(), 18_500));
        assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(order.timeline()).extracting(TimelineEntry::status).containsExactly(
                OrderStatus.PAYMENT_PENDING, OrderStatus.CANCELLED, OrderStatus.REFUNDED);
    }

    @Test
    void theStoreRejectingOrNotConfirmingCancelsAWaitingOrder() {
        Order order = Orders.in(OrderStatus.ORDER_WAITING, clock);

        OrderCancelled cancelled = order.cancel("store did not confirm", CancelledBy.STORE);

        assertThat(cancelled.previousStatus()).isEqualTo(OrderStatus.ORDER_WAITING);
        assertThat(cancelled.cancelledBy()).isEqualTo(CancelledBy.STORE);
        assertThat(order.timeline()).last().isEqualTo(
                new TimelineEntry(OrderStatus.CANCELLED, T0.plusSeconds(2), "store did not confirm"));
    }

    @Test
    void cancellingNeedsAReasonAndSomeoneWhoCancels() {
        Order order = Orders.placed(clock);
        assertThatThrownBy(() -> order.cancel(null, CancelledBy.CUSTOMER)).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> order.cancel("x".repeat(501), CancelledBy.CUSTOMER)).extracting("field")
                .isEqualTo("reason");
        assertThatThrownBy(() -> order.cancel("why not", null)).extracting("field").isEqualTo("cancelledBy");
        assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_PENDING);
        assertThat(order.timeline()).hasSize(1);
    }

    @Test
    void nobodyCancelsAnOrderOnceTheStoreAcceptedIt() {
        for (OrderStatus status : EnumSet.complementOf(EnumSet.of(OrderStatus.PAYMENT_PENDING, OrderStatus.ORDER_WAITING))) {
            Order order = Orders.in(status, clock);
            for (CancelledBy by : CancelledBy.values()) {
                assertThatThrownBy(() -> order.cancel("too late", by))
                        .isInstanceOf(IllegalTransitionException.class)
                        .hasMessageContaining(status.name()).hasMessageContaining("CANCELLED");
            }
            assertThat(order.status()).isEqualTo(status);
        }
    }

    @Test
    void aDelayNeedsAReasonAndADeliveryABoxAndTheAssignmentARider() {
        Order picked = Orders.in(OrderStatus.PICKED_UP, clock);
        assertThatThrownBy(() -> picked.delayed("")).extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> picked.delivered(null)).extracting("field").isEqualTo("boxNumber");
        assertThatThrownBy(() -> picked.delivered("B".repeat(21))).extracting("field").isEqualTo("boxNumber");
        assertThat(picked.status()).isEqualTo(OrderStatus.PICKED_UP);

        Order accepted = Orders.in(OrderStatus.ACCEPTED, clock);
        assertThatThrownBy(() -> accepted.deliveryAssigned(null)).extracting("field").isEqualTo("riderId");
        assertThat(accepted.status()).isEqualTo(OrderStatus.ACCEPTED);
    }

    @Test
    void aDelayedOrderIsStillDelivered() {
        Order order = Orders.in(OrderStatus.DELAYED, clock);
        order.delivered("C-1");
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
    }

    @Test
    void aForbiddenChangeNamesTheCurrentAndTheRequestedStatusAndChangesNothing() {
        Order order = Orders.in(OrderStatus.ACCEPTED, clock);
        List<TimelineEntry> before = order.timeline();

        assertThatThrownBy(order::pickedUp).isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
            assertThat(e.current()).isEqualTo(OrderStatus.ACCEPTED);
            assertThat(e.requested()).isEqualTo(OrderStatus.PICKED_UP);
            assertThat(e).hasMessage("an order that is ACCEPTED cannot become PICKED_UP");
        });
        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(order.timeline()).isEqualTo(before);
    }

    @Test
    void everyCommandIsAllowedExactlyFromTheStatusesOfTheTable() {
        for (OrderStatus status : OrderStatus.values()) {
            for (Command command : Command.values()) {
                Order order = Orders.in(status, clock);
                int entries = order.timeline().size();
                if (command.allowedFrom(status)) {
                    OrderEvent event = command.apply.apply(order);
                    assertThat(event).as("%s from %s", command, status).isInstanceOf(command.event);
                    assertThat(event.orderId()).isEqualTo(order.id());
                    assertThat(order.status()).isEqualTo(command.to);
                    assertThat(order.timeline()).hasSize(entries + 1).last()
                            .extracting(TimelineEntry::status).isEqualTo(command.to);
                } else {
                    assertThatThrownBy(() -> command.apply.apply(order)).as("%s from %s", command, status)
                            .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                                assertThat(e.current()).isEqualTo(status);
                                assertThat(e.requested()).isEqualTo(command.to);
                            });
                    assertThat(order.status()).isEqualTo(status);
                    assertThat(order.timeline()).hasSize(entries);
                }
            }
        }
    }

    @Test
    void theStatusTableOfTheDomainIsTheOneOfTheSpec() {
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                assertThat(from.canBecome(to)).as("%s → %s", from, to).isEqualTo(Command.edge(from, to));
            }
            assertThat(from.isTerminal()).as("%s terminal", from).isEqualTo(Command.TERMINAL.contains(from));
        }
    }

    @Test
    void aStoredOrderComesBackAsItWas() {
        Order order = Orders.in(OrderStatus.DELIVERED, clock);

        Order restored = Order.restore(clock, order.id(), order.customerId(), order.storeId(), order.siteId(),
                order.slotId(), order.lines(), order.note(), order.payment(), order.status(), order.riderId(),
                order.boxNumber(), order.cancelledBy(), order.timeline(), 7);

        // the card token is never stored: billing got it with order.placed
        assertThat(restored).usingRecursiveComparison().ignoringFields("version", "payment.cardToken").isEqualTo(order);
        assertThat(restored.payment().cardToken()).isNull();
        assertThat(restored.version()).isEqualTo(7);
        assertThatThrownBy(() -> Order.restore(clock, order.id(), order.customerId(), order.storeId(), order.siteId(),
                order.slotId(), order.lines(), order.note(), order.payment(), OrderStatus.ACCEPTED,
                order.riderId(), order.boxNumber(), order.cancelledBy(), order.timeline(), 7))
                .isInstanceOf(IllegalStateException.class);
    }

    private Order place(List<OrderLine> lines) {
        UUID id = UUID.randomUUID();
        return Order.place(clock, id, id, id, id, lines, null, OrderPayment.forPlacement(PaymentMethod.CARD, "tok_visa",
                null, 0), PricedBy.STORE);
    }
}
