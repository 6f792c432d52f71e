package delivery.rider.adapters;

import delivery.rider.application.port.in.ChangeAvailabilityUseCase;
import delivery.rider.application.port.in.ChangeAvailabilityUseCase.ChangeAvailabilityCommand;
import delivery.rider.application.port.in.DeliveryLifecycleUseCase;
import delivery.rider.application.port.in.FindDeliveriesQuery;
import delivery.rider.application.port.in.FindDeliveriesQuery.DeliveriesFilter;
import delivery.rider.application.port.in.PlanDeliveryUseCase;
import delivery.rider.application.port.in.PlanDeliveryUseCase.PlanDeliveryCommand;
import delivery.rider.application.port.in.RegisterRiderUseCase;
import delivery.rider.application.port.in.RegisterRiderUseCase.RegisterRiderCommand;
import delivery.rider.domain.Delivery;
import delivery.rider.domain.DeliveryStatus;
import delivery.rider.domain.IllegalTransitionException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Riders stepping out and back, orders arriving, riders registering and deliveries being picked
 * up and completed, all at once at one site against the real PostgreSQL: every call succeeds
 * (no deadlock surfaces as an error) and dispatch ends consistent.
 */
@MicronautTest(transactional = false)
class DispatchUnderContentionTest {

    private static final int ROUNDS = 25;

    @Inject
    RegisterRiderUseCase registerRider;
    @Inject
    ChangeAvailabilityUseCase changeAvailability;
    @Inject
    PlanDeliveryUseCase planDelivery;
    @Inject
    DeliveryLifecycleUseCase lifecycle;
    @Inject
    FindDeliveriesQuery findDeliveries;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void everyCallSucceedsAndEachSiteAndSlotEndsWithOneAvailableRiderOrNone() throws Exception {
        UUID site = UUID.randomUUID();
        UUID otherSite = UUID.randomUUID();
        List<UUID> slots = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<UUID> riders = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 3; i++) {
            riders.add(registerRider.registerRider(new RegisterRiderCommand("Rider " + i, Set.of(site, otherSite))));
        }
        List<UUID> orders = Collections.synchronizedList(new ArrayList<>());

        List<Callable<Void>> work = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            UUID rider = riders.get(r);
            work.add(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    changeAvailability.changeAvailability(new ChangeAvailabilityCommand(rider, round % 2 == 1));
                }
                return null;
            });
        }
        for (int w = 0; w < 2; w++) {
            work.add(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    UUID order = UUID.randomUUID();
                    UUID slot = slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
                    planDelivery.planDelivery(new PlanDeliveryCommand(order, UUID.randomUUID(),
                            round % 5 == 0 ? otherSite : site, slot, Instant.now()));
                    orders.add(order);
                }
                return null;
            });
        }
        work.add(() -> {
            for (int round = 0; round < ROUNDS; round++) {
                riders.add(registerRider.registerRider(new RegisterRiderCommand("Late rider " + round, Set.of(site))));
                for (UUID rider : List.copyOf(riders)) {
                    for (Delivery delivery : findDeliveries.findDeliveries(new DeliveriesFilter(null, rider))) {
                        rideIfStillTheirs(delivery);
                    }
                }
            }
            return null;
        });

        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(orders).hasSize(2 * ROUNDS);
        for (UUID order : orders) {
            List<Delivery> deliveries = findDeliveries.findDeliveries(new DeliveriesFilter(order, null));
            assertThat(deliveries).as("order %s", order).hasSize(1);
            Delivery delivery = deliveries.get(0);
            if (delivery.status() == DeliveryStatus.ASSIGNED) {
                assertThat(holderOf(delivery)).as("the rider holding %s", delivery.slot()).isEqualTo(delivery.riderId());
            }
        }
        assertThat(slotsWithMoreThanOneRider(site)).isZero();
    }

    /** Picks up and completes a delivery still assigned to its rider; a lost race with a handover is a 409, as over HTTP. */
    private void rideIfStillTheirs(Delivery delivery) {
        if (delivery.status() != DeliveryStatus.ASSIGNED) {
            return;
        }
        try {
            lifecycle.pickUp(delivery.id());
            lifecycle.complete(delivery.id());
        } catch (IllegalTransitionException handedOverMeanwhile) {
            // the rider stepped out between the read and the pickup: the delivery went to someone else
        }
    }

    private UUID holderOf(Delivery delivery) {
        return transactions.executeRead(tx -> {
            try (var statement = tx.getConnection().prepareStatement(
                    "select rider_id from slot_assignment where site_id = ? and slot_id = ? and service_date = ?")) {
                statement.setObject(1, delivery.siteId());
                statement.setObject(2, delivery.slotId());
                statement.setObject(3, delivery.serviceDate());
                try (var result = statement.executeQuery()) {
                    return result.next() ? result.getObject(1, UUID.class) : null;
                }
            }
        });
    }

    private int slotsWithMoreThanOneRider(UUID site) {
        return transactions.executeRead(tx -> {
            try (var statement = tx.getConnection().prepareStatement("""
                    select count(*) from (select slot_id, service_date from delivery
                     where site_id = ? and status = 'ASSIGNED'
                     group by slot_id, service_date having count(distinct rider_id) > 1) crowded""")) {
                statement.setObject(1, site);
                try (var result = statement.executeQuery()) {
                    result.next();
                    return result.getInt(1);
                }
            }
        });
    }
}
