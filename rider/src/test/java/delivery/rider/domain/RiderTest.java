package delivery.rider.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiderTest {

    private static Rider newRider() {
        return Rider.register("Kim Minjun", Set.of(UUID.randomUUID()));
    }

    @Test
    void aNewRiderIsAvailableAndAnnouncedWithTheSitesServed() {
        UUID campus = UUID.randomUUID();
        UUID officePark = UUID.randomUUID();
        Rider rider = Rider.register("Kim Minjun", Set.of(campus, officePark));

        assertThat(rider.available()).isTrue();
        RiderRegistered registered = rider.registered();
        assertThat(registered.riderId()).isEqualTo(rider.id());
        assertThat(registered.name()).isEqualTo("Kim Minjun");
        assertThat(registered.siteIds()).containsExactlyInAnyOrder(campus, officePark);
    }

    @Test
    void aRiderHasANameAndServesAtLeastOneSite() {
        assertThatThrownBy(() -> Rider.register(" ", Set.of(UUID.randomUUID())))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> Rider.register("x".repeat(101), Set.of(UUID.randomUUID())))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> Rider.register("Lee", Set.of()))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("siteIds");
        assertThatThrownBy(() -> Rider.register("Lee", null))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("siteIds");
        Set<UUID> withNull = new HashSet<>();
        withNull.add(null);
        assertThatThrownBy(() -> Rider.register("Lee", withNull))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("siteIds");
    }

    @Test
    void steppingOutAndBackInIsAnnouncedEachTime() {
        Rider rider = newRider();

        assertThat(rider.makeUnavailable()).contains(new RiderAvailabilityChanged(rider.id(), false));
        assertThat(rider.available()).isFalse();
        assertThat(rider.makeAvailable()).contains(new RiderAvailabilityChanged(rider.id(), true));
        assertThat(rider.available()).isTrue();
    }

    @Test
    void askingForTheCurrentAvailabilityChangesNothing() {
        Rider rider = newRider();
        assertThat(rider.makeAvailable()).isEmpty();
        rider.makeUnavailable();
        assertThat(rider.makeUnavailable()).isEmpty();
        assertThat(rider.available()).isFalse();
    }

    /** Whatever the sequence of requests, an event comes out exactly when the availability flips, and says so. */
    @Property
    void anEventIsRaisedExactlyWhenTheAvailabilityChanges(@ForAll("requests") List<Boolean> requests) {
        Rider rider = newRider();
        for (boolean wanted : requests) {
            boolean before = rider.available();
            Optional<RiderAvailabilityChanged> event = wanted ? rider.makeAvailable() : rider.makeUnavailable();

            assertThat(rider.available()).isEqualTo(wanted);
            assertThat(event.isPresent()).isEqualTo(before != wanted);
            event.ifPresent(changed -> assertThat(changed).isEqualTo(new RiderAvailabilityChanged(rider.id(), wanted)));
        }
    }

    @Provide
    Arbitrary<List<Boolean>> requests() {
        return Arbitraries.of(true, false).list().ofMaxSize(30);
    }
}
