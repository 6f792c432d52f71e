package delivery.store.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoreTest {

    private static Store newStore() {
        return Store.apply("Campus Bibimbap", UUID.randomUUID(), LocalTime.of(9, 0), LocalTime.of(21, 0),
                Set.of(UUID.randomUUID()), 20, new Commission(Commission.Type.RATE, 1_000));
    }

    @Test
    void aNewStoreWaitsForReview() {
        assertThat(newStore().status()).isEqualTo(StoreStatus.PENDING_REVIEW);
    }

    @Test
    void approvalIsAnnouncedAndFinal() {
        Store store = newStore();
        StoreApproved approved = store.approve();
        assertThat(approved.storeId()).isEqualTo(store.id());
        assertThat(store.status()).isEqualTo(StoreStatus.APPROVED);
        assertThatThrownBy(() -> store.reject("too late")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(store::approve).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void rejectionNeedsAReasonAndKeepsIt() {
        Store store = newStore();
        assertThatThrownBy(() -> store.reject(" ")).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("reason");
        assertThat(store.status()).isEqualTo(StoreStatus.PENDING_REVIEW);
        store.reject("no hygiene certificate");
        assertThat(store.status()).isEqualTo(StoreStatus.REJECTED);
        assertThat(store.rejectionReason()).isEqualTo("no hygiene certificate");
        assertThatThrownBy(store::approve).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aStoreServesAtLeastOneSiteAndClosesAfterItOpens() {
        assertThatThrownBy(() -> Store.apply("x", UUID.randomUUID(), LocalTime.NOON, LocalTime.NOON, Set.of(UUID.randomUUID()),
                1, new Commission(Commission.Type.FIXED, 0))).extracting("field").isEqualTo("closeTime");
        assertThatThrownBy(() -> Store.apply("x", UUID.randomUUID(), LocalTime.of(9, 0), LocalTime.NOON, Set.of(),
                1, new Commission(Commission.Type.FIXED, 0))).extracting("field").isEqualTo("siteIds");
    }

    @Property
    void aRateCommissionIsAtMostOneHundredPercent(@ForAll @IntRange(min = 0, max = 20_000) int basisPoints) {
        if (basisPoints <= Commission.MAX_RATE_BASIS_POINTS) {
            assertThat(new Commission(Commission.Type.RATE, basisPoints).value()).isEqualTo(basisPoints);
        } else {
            assertThatThrownBy(() -> new Commission(Commission.Type.RATE, basisPoints))
                    .isInstanceOf(InvalidValueException.class);
        }
    }

    @Property
    void slotTimesMustFollowEachOther(@ForAll @IntRange(max = 1439) int deadline, @ForAll @IntRange(max = 1439) int pickup,
                                      @ForAll @IntRange(max = 1439) int arrival) {
        LocalTime d = LocalTime.MIN.plusMinutes(deadline);
        LocalTime p = LocalTime.MIN.plusMinutes(pickup);
        LocalTime a = LocalTime.MIN.plusMinutes(arrival);
        boolean ordered = deadline < pickup && pickup < arrival;
        if (ordered) {
            assertThat(OrderTimeSlot.open(UUID.randomUUID(), d, p, a).acceptsOrdersAt(d)).isTrue();
        } else {
            assertThatThrownBy(() -> OrderTimeSlot.open(UUID.randomUUID(), d, p, a)).isInstanceOf(InvalidValueException.class);
        }
    }
}
