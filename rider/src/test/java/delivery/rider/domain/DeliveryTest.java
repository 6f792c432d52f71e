package delivery.rider.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryTest {

    static final SiteSlot SLOT = new SiteSlot(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 3, 2));
    static final Instant NOON = Instant.parse("2026-03-02T03:00:00Z");

    static Delivery planned() {
        return Delivery.plan(UUID.randomUUID(), UUID.randomUUID(), SLOT);
    }

    static Delivery pickedUp(UUID rider) {
        Delivery delivery = planned();
        delivery.assignTo(rider);
        delivery.pickUp(NOON);
        return delivery;
    }

    @Test
    void aPlannedDeliveryWaitsForItsRiderAndSaysSo() {
        Delivery delivery = planned();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PLANNED);
        assertThat(delivery.riderId()).isNull();
        assertThat(delivery.planned()).isEqualTo(new DeliveryPlanned(delivery.id(), delivery.orderId(),
                delivery.storeId(), SLOT.siteId(), SLOT.slotId()));
        assertThat(delivery.waitingForRider()).isEqualTo(new DeliveryWaitingForRider(delivery.id(), delivery.orderId(),
                SLOT.siteId(), SLOT.slotId()));
    }

    @Test
    void aDeliveryBelongsToAnOrderAStoreAndASiteAndSlot() {
        assertThatThrownBy(() -> Delivery.plan(null, UUID.randomUUID(), SLOT))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("orderId");
        assertThatThrownBy(() -> Delivery.plan(UUID.randomUUID(), null, SLOT))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("storeId");
        assertThatThrownBy(() -> new SiteSlot(null, UUID.randomUUID(), LocalDate.now()))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("siteId");
        assertThatThrownBy(() -> new SiteSlot(UUID.randomUUID(), null, LocalDate.now()))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("slotId");
    }

    @Test
    void theHappyPathAnnouncesEachStep() {
        UUID rider = UUID.randomUUID();
        Delivery delivery = planned();

        assertThat(delivery.assignTo(rider)).isEqualTo(new DeliveryAssigned(delivery.id(), delivery.orderId(), rider,
                delivery.storeId(), SLOT.siteId(), SLOT.slotId()));
        assertThat(delivery.pickUp(NOON)).isEqualTo(new DeliveryPickedUp(delivery.id(), delivery.orderId(), rider, NOON));
        assertThat(delivery.delay("traffic on the bridge")).isEqualTo(
                new DeliveryDelayed(delivery.id(), delivery.orderId(), rider, "traffic on the bridge"));
        assertThat(delivery.delay("still the bridge").reason()).isEqualTo("still the bridge");
        Instant later = NOON.plusSeconds(900);
        assertThat(delivery.complete(7, later)).isEqualTo(new DeliveryCompleted(delivery.id(), delivery.orderId(), rider,
                delivery.storeId(), "7", later));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.COMPLETED);
        assertThat(delivery.boxNumber()).isEqualTo(7);
    }

    @Test
    void aDelayNeedsAReason() {
        Delivery delivery = pickedUp(UUID.randomUUID());
        assertThatThrownBy(() -> delivery.delay(" ")).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("reason");
        assertThatThrownBy(() -> delivery.delay(null)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("reason");
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PICKED_UP);
    }

    @Test
    void stepsOutOfOrderAreForbidden() {
        Delivery delivery = planned();
        assertThatThrownBy(() -> delivery.pickUp(NOON)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> delivery.complete(1, NOON)).isInstanceOf(IllegalTransitionException.class);
        delivery.assignTo(UUID.randomUUID());
        assertThatThrownBy(() -> delivery.assignTo(UUID.randomUUID())).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> delivery.delay("late")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> delivery.complete(1, NOON)).isInstanceOf(IllegalTransitionException.class);
        delivery.pickUp(NOON);
        assertThatThrownBy(() -> delivery.pickUp(NOON)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> delivery.unassign("rider unavailable")).isInstanceOf(IllegalTransitionException.class);
        delivery.complete(1, NOON);
        assertThatThrownBy(() -> delivery.complete(2, NOON)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> delivery.delay("late")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void unassigningBeforePickupPlansTheDeliveryAgain() {
        UUID rider = UUID.randomUUID();
        Delivery delivery = planned();
        delivery.assignTo(rider);

        assertThat(delivery.unassign("rider unavailable"))
                .isEqualTo(new DeliveryUnassigned(delivery.id(), delivery.orderId(), rider, "rider unavailable"));
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PLANNED);
        assertThat(delivery.riderId()).isNull();
    }

    @Test
    void aCancelledOrderDropsItsDeliveryOnlyBeforePickup() {
        Delivery waiting = planned();
        assertThat(waiting.cancelWithOrder("customer changed their mind"))
                .contains(new DeliveryCancelled(waiting.id(), waiting.orderId(), "customer changed their mind"));
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(waiting.cancelWithOrder("again")).isEmpty();

        Delivery assigned = planned();
        assigned.assignTo(UUID.randomUUID());
        assertThat(assigned.cancelWithOrder("store did not confirm")).isPresent();
        assertThat(assigned.status()).isEqualTo(DeliveryStatus.CANCELLED);

        Delivery onTheRoad = pickedUp(UUID.randomUUID());
        assertThat(onTheRoad.cancelWithOrder("too late")).isEmpty();
        assertThat(onTheRoad.status()).isEqualTo(DeliveryStatus.PICKED_UP);
    }

    @Test
    void missingItemsAreReportedOnceAfterPickup() {
        UUID rider = UUID.randomUUID();
        Delivery delivery = pickedUp(rider);
        delivery.complete(3, NOON);
        MissingItem kimbap = new MissingItem(UUID.randomUUID(), 2);

        assertThat(delivery.reportMissing(Fault.STORE, Resolution.REFUND, List.of(kimbap)))
                .isEqualTo(new MissingItemsReported(delivery.id(), delivery.orderId(), delivery.storeId(), rider,
                        Fault.STORE, Resolution.REFUND, List.of(kimbap)));
        assertThatThrownBy(() -> delivery.reportMissing(Fault.RIDER, Resolution.REFUND, List.of()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(delivery::redelivery).isInstanceOf(IllegalTransitionException.class);

        Delivery notYetPickedUp = planned();
        notYetPickedUp.assignTo(rider);
        assertThatThrownBy(() -> notYetPickedUp.reportMissing(Fault.RIDER, Resolution.REFUND, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> new MissingItem(UUID.randomUUID(), 0)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("items.quantity");
    }

    @Test
    void aRedeliveryIsANewPlannedDeliveryOfTheSameOrderSiteAndSlot() {
        Delivery delivery = pickedUp(UUID.randomUUID());
        assertThat(delivery.reportMissing(Fault.RIDER, Resolution.REDELIVERY, null).items()).isEmpty();

        Delivery redelivery = delivery.redelivery();
        assertThat(redelivery.id()).isNotEqualTo(delivery.id());
        assertThat(redelivery.orderId()).isEqualTo(delivery.orderId());
        assertThat(redelivery.storeId()).isEqualTo(delivery.storeId());
        assertThat(redelivery.slot()).isEqualTo(delivery.slot());
        assertThat(redelivery.redeliveryOf()).isEqualTo(delivery.id());
        assertThat(redelivery.status()).isEqualTo(DeliveryStatus.PLANNED);
    }

    @Property
    void onlyAPlannedOrCancelledDeliveryMayLackARider(@ForAll DeliveryStatus status) {
        boolean riderOptional = status == DeliveryStatus.PLANNED || status == DeliveryStatus.CANCELLED;
        Integer box = status == DeliveryStatus.COMPLETED ? 1 : null;
        if (riderOptional) {
            assertThat(restore(null, status, box).status()).isEqualTo(status);
        } else {
            assertThatThrownBy(() -> restore(null, status, box)).isInstanceOf(InvalidValueException.class)
                    .extracting("field").isEqualTo("riderId");
        }
        assertThat(restore(UUID.randomUUID(), status, box).riderId()).isNotNull();
    }

    private static Delivery restore(UUID rider, DeliveryStatus status, Integer box) {
        return Delivery.restore(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), SLOT, null, rider, status,
                box, null, null, null, null);
    }
}
