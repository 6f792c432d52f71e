package delivery.rider.application.service;

import delivery.rider.application.port.in.ChangeAvailabilityUseCase.ChangeAvailabilityCommand;
import delivery.rider.application.port.in.DeliveryLifecycleUseCase.ReportMissingCommand;
import delivery.rider.application.port.in.PlanDeliveryUseCase.PlanDeliveryCommand;
import delivery.rider.application.port.in.RegisterRiderUseCase.RegisterRiderCommand;
import delivery.rider.domain.Delivery;
import delivery.rider.domain.DeliveryAssigned;
import delivery.rider.domain.DeliveryStatus;
import delivery.rider.domain.DeliveryUnassigned;
import delivery.rider.domain.DeliveryWaitingForRider;
import delivery.rider.domain.Fault;
import delivery.rider.domain.Resolution;
import delivery.rider.domain.Rider;
import delivery.rider.domain.RiderLoad;
import delivery.rider.domain.SlotAssignment;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dispatch rules through the real use cases over in-memory ports: whatever riders register, step out
 * and back in, and whatever orders are accepted, picked up, completed or cancelled, in any order.
 */
class DispatchPropertiesTest {

    static final List<UUID> SITES = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    static final List<UUID> SLOTS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    static final Instant ACCEPTED = Instant.parse("2026-03-02T02:00:00Z");

    enum Kind { REGISTER, ACCEPT, STEP_OUT, STEP_IN, PICK_UP, COMPLETE, CANCEL, REDELIVER }

    record Step(Kind kind, int a, int b) {
    }

    @Property(tries = 300)
    void dispatchRulesHoldAfterEveryStep(@ForAll("steps") List<Step> steps) {
        InMemoryPorts ports = new InMemoryPorts();
        List<UUID> riders = new ArrayList<>();
        List<UUID> orders = new ArrayList<>();
        for (Step step : steps) {
            apply(ports, riders, orders, step);
            assertRules(ports);
        }
    }

    /** Riders of one site, all available, orders accepted into any of its slots: loads never drift apart. */
    @Property
    void loadStaysBalancedAcrossTheRidersOfASite(@ForAll @IntRange(min = 1, max = 5) int riderCount,
                                                 @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 11) Integer> slots) {
        InMemoryPorts ports = new InMemoryPorts();
        UUID site = SITES.get(0);
        List<UUID> riders = new ArrayList<>();
        for (int i = 0; i < riderCount; i++) {
            riders.add(ports.riderService.registerRider(new RegisterRiderCommand("Rider " + i, Set.of(site))));
        }
        for (int slot : slots) {
            ports.deliveryService.planDelivery(new PlanDeliveryCommand(UUID.randomUUID(), UUID.randomUUID(), site,
                    new UUID(0, slot), ACCEPTED));
            List<Integer> loads = riders.stream().map(ports::loadOf).map(RiderLoad::activeAssignments).toList();
            assertThat(loads.stream().mapToInt(Integer::intValue).max().orElseThrow()
                    - loads.stream().mapToInt(Integer::intValue).min().orElseThrow())
                    .as("assignments per rider %s", loads).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aDeliveryWaitsUntilARiderOfItsSiteRegisters() {
        InMemoryPorts ports = new InMemoryPorts();
        UUID order = UUID.randomUUID();
        ports.deliveryService.planDelivery(new PlanDeliveryCommand(order, UUID.randomUUID(), SITES.get(0), SLOTS.get(0),
                ACCEPTED));
        Delivery waiting = ports.deliveries.values().iterator().next();
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.PLANNED);
        assertThat(ports.events).last().isInstanceOf(DeliveryWaitingForRider.class);

        ports.riderService.registerRider(new RegisterRiderCommand("Elsewhere", Set.of(SITES.get(1))));
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.PLANNED);

        UUID rider = ports.riderService.registerRider(new RegisterRiderCommand("Han", Set.of(SITES.get(0))));
        assertThat(waiting.status()).isEqualTo(DeliveryStatus.ASSIGNED);
        assertThat(waiting.riderId()).isEqualTo(rider);
    }

    @Test
    void aRiderWhoStepsOutBeforePickupHandsTheSlotToAnotherRider() {
        InMemoryPorts ports = new InMemoryPorts();
        UUID first = ports.riderService.registerRider(new RegisterRiderCommand("Han", Set.of(SITES.get(0))));
        ports.deliveryService.planDelivery(new PlanDeliveryCommand(UUID.randomUUID(), UUID.randomUUID(), SITES.get(0),
                SLOTS.get(0), ACCEPTED));
        ports.deliveryService.planDelivery(new PlanDeliveryCommand(UUID.randomUUID(), UUID.randomUUID(), SITES.get(0),
                SLOTS.get(0), ACCEPTED));
        UUID second = ports.riderService.registerRider(new RegisterRiderCommand("Seo", Set.of(SITES.get(0))));
        assertThat(ports.deliveries.values()).allSatisfy(d -> assertThat(d.riderId()).isEqualTo(first));

        ports.riderService.changeAvailability(new ChangeAvailabilityCommand(first, false));

        assertThat(ports.deliveries.values()).allSatisfy(d -> assertThat(d.riderId()).isEqualTo(second));
        assertThat(ports.events.stream().filter(DeliveryUnassigned.class::isInstance)).hasSize(2)
                .allSatisfy(e -> assertThat(((DeliveryUnassigned) e).riderId()).isEqualTo(first));
        assertThat(ports.assignments.values()).extracting(SlotAssignment::riderId).containsExactly(second);
    }

    private static void apply(InMemoryPorts ports, List<UUID> riders, List<UUID> orders, Step step) {
        switch (step.kind()) {
            case REGISTER -> riders.add(ports.riderService.registerRider(new RegisterRiderCommand("Rider",
                    new java.util.HashSet<>(List.of(SITES.get(step.a() % 3), SITES.get(step.b() % 3))))));
            case ACCEPT -> {
                UUID order = UUID.randomUUID();
                orders.add(order);
                ports.deliveryService.planDelivery(new PlanDeliveryCommand(order, UUID.randomUUID(),
                        SITES.get(step.a() % 3), SLOTS.get(step.b() % 3), ACCEPTED));
            }
            case STEP_OUT, STEP_IN -> {
                if (!riders.isEmpty()) {
                    ports.riderService.changeAvailability(new ChangeAvailabilityCommand(
                            riders.get(step.a() % riders.size()), step.kind() == Kind.STEP_IN));
                }
            }
            case PICK_UP -> pick(ports, step.a(), DeliveryStatus.ASSIGNED)
                    .ifPresent(d -> ports.deliveryService.pickUp(d.id()));
            case COMPLETE -> pick(ports, step.a(), DeliveryStatus.PICKED_UP)
                    .ifPresent(d -> ports.deliveryService.complete(d.id()));
            case CANCEL -> {
                if (!orders.isEmpty()) {
                    ports.deliveryService.cancelOrderDelivery(orders.get(step.a() % orders.size()), "cancelled");
                }
            }
            case REDELIVER -> pick(ports, step.a(), DeliveryStatus.COMPLETED).filter(d -> d.missingReport() == null)
                    .ifPresent(d -> ports.deliveryService.reportMissing(new ReportMissingCommand(d.id(),
                            Fault.values()[step.b() % 2], Resolution.REDELIVERY, List.of())));
        }
    }

    private static java.util.Optional<Delivery> pick(InMemoryPorts ports, int index, DeliveryStatus status) {
        List<Delivery> candidates = ports.deliveries.values().stream().filter(d -> d.status() == status).toList();
        return candidates.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(candidates.get(index % candidates.size()));
    }

    private static void assertRules(InMemoryPorts ports) {
        for (Delivery delivery : ports.deliveries.values()) {
            if (delivery.status() == DeliveryStatus.PLANNED) {
                // waiting only while no available rider serves the site
                assertThat(ports.riders.values()).as("an available rider serves the site of waiting %s", delivery.id())
                        .noneMatch(r -> r.available() && r.siteIds().contains(delivery.siteId()));
            }
            if (InMemoryPorts.ACTIVE.contains(delivery.status())) {
                // exactly the one rider of its site-and-slot, who serves the site
                SlotAssignment assignment = ports.assignments.get(delivery.slot());
                assertThat(assignment).as("assignment of %s", delivery.slot()).isNotNull();
                assertThat(delivery.riderId()).isEqualTo(assignment.riderId());
                assertThat(ports.riders.get(delivery.riderId()).siteIds()).contains(delivery.siteId());
            }
            if (delivery.status() == DeliveryStatus.ASSIGNED) {
                // an unavailable rider keeps only the slots they are already on the road with
                Rider rider = ports.riders.get(delivery.riderId());
                boolean onTheRoad = ports.deliveries.values().stream().anyMatch(d -> d.slot().equals(delivery.slot())
                        && d.onBoard() && rider.id().equals(d.riderId()));
                assertThat(rider.available() || onTheRoad).as("rider of %s available or on the road", delivery.id()).isTrue();
            }
            // the events tell the same story: every assignment but the current one was taken back
            long assigned = ports.events.stream().filter(e -> e instanceof DeliveryAssigned a && a.deliveryId().equals(delivery.id())).count();
            long unassigned = ports.events.stream().filter(e -> e instanceof DeliveryUnassigned u && u.deliveryId().equals(delivery.id())).count();
            boolean holdsRider = delivery.riderId() != null;
            assertThat(assigned - unassigned).as("assigned minus unassigned events of %s", delivery.id())
                    .isEqualTo(holdsRider ? 1 : 0);
        }
        // one first delivery per accepted order
        assertThat(ports.deliveries.values().stream().filter(d -> d.redeliveryOf() == null).map(Delivery::orderId))
                .doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99)).as(Step::new).list().ofMaxSize(50);
    }
}
