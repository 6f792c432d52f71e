package delivery.rider.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchPolicyTest {

    static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");

    @Test
    void noAvailableRiderMeansNobody() {
        assertThat(DispatchPolicy.chooseRider(List.of())).isEmpty();
    }

    @Test
    void theRiderWithTheFewestActiveSiteAndSlotsTakesTheNext() {
        assertThat(DispatchPolicy.chooseRider(List.of(new RiderLoad(A, 2, 2), new RiderLoad(B, 1, 9),
                new RiderLoad(C, 3, 0)))).contains(B);
    }

    @Test
    void equalSiteAndSlotsAreBrokenByFewerDeliveriesThenByTheLowestId() {
        assertThat(DispatchPolicy.chooseRider(List.of(new RiderLoad(A, 1, 5), new RiderLoad(B, 1, 3))))
                .contains(B);
        assertThat(DispatchPolicy.chooseRider(List.of(new RiderLoad(C, 1, 3), new RiderLoad(B, 1, 3),
                new RiderLoad(A, 1, 3)))).contains(A);
    }

    /** The same loads, in any order, always give the same rider. */
    @Property
    void theChoiceIsDeterministic(@ForAll("loads") List<RiderLoad> loads, @ForAll long seed) {
        List<RiderLoad> shuffled = new ArrayList<>(loads);
        Collections.shuffle(shuffled, new java.util.Random(seed));
        assertThat(DispatchPolicy.chooseRider(shuffled)).isEqualTo(DispatchPolicy.chooseRider(loads));
    }

    /** Nobody available is less busy than the chosen rider. */
    @Property
    void theChosenRiderIsAmongTheLeastBusy(@ForAll("loads") List<RiderLoad> loads) {
        UUID chosen = DispatchPolicy.chooseRider(loads).orElseThrow();
        RiderLoad chosenLoad = loads.stream().filter(load -> load.riderId().equals(chosen)).findFirst().orElseThrow();
        assertThat(loads).allSatisfy(load -> assertThat(load.activeAssignments())
                .isGreaterThanOrEqualTo(chosenLoad.activeAssignments()));
    }

    /**
     * Starting from a site whose riders are all free, after any sequence of new site-and-slots (each with
     * any number of deliveries) the busiest and the least busy rider differ by at most one site-and-slot.
     */
    @Property
    void loadStaysBalanced(@ForAll @IntRange(min = 1, max = 8) int riders,
                           @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 12) Integer> deliveriesPerSlot) {
        Map<UUID, RiderLoad> loads = new LinkedHashMap<>();
        for (int i = 0; i < riders; i++) {
            UUID id = UUID.randomUUID();
            loads.put(id, new RiderLoad(id, 0, 0));
        }
        for (int deliveries : deliveriesPerSlot) {
            UUID chosen = DispatchPolicy.chooseRider(loads.values()).orElseThrow();
            RiderLoad load = loads.get(chosen);
            loads.put(chosen, new RiderLoad(chosen, load.activeAssignments() + 1, load.activeDeliveries() + deliveries));

            int max = loads.values().stream().mapToInt(RiderLoad::activeAssignments).max().orElseThrow();
            int min = loads.values().stream().mapToInt(RiderLoad::activeAssignments).min().orElseThrow();
            assertThat(max - min).isLessThanOrEqualTo(1);
        }
    }

    @Provide
    Arbitrary<List<RiderLoad>> loads() {
        Arbitrary<RiderLoad> load = net.jqwik.api.Combinators.combine(Arbitraries.create(UUID::randomUUID),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 20)).as(RiderLoad::new);
        return load.list().ofMinSize(1).ofMaxSize(8);
    }
}
