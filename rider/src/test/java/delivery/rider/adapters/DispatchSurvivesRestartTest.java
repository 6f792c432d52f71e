package delivery.rider.adapters;

import delivery.rider.application.port.in.FindDeliveriesQuery;
import delivery.rider.application.port.in.FindDeliveriesQuery.DeliveriesFilter;
import delivery.rider.application.port.in.PlanDeliveryUseCase;
import delivery.rider.application.port.in.PlanDeliveryUseCase.PlanDeliveryCommand;
import delivery.rider.application.port.in.RegisterRiderUseCase;
import delivery.rider.application.port.in.RegisterRiderUseCase.RegisterRiderCommand;
import delivery.rider.domain.Delivery;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The service stops and starts again on the same database: its dispatch decisions are still the rule. */
class DispatchSurvivesRestartTest {

    @Test
    void aSiteAndSlotKeepsItsRiderAcrossARestart() {
        UUID site = UUID.randomUUID();
        UUID slot = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID kim;
        try (ApplicationContext before = ApplicationContext.run("test")) {
            kim = before.getBean(RegisterRiderUseCase.class).registerRider(new RegisterRiderCommand("Kim", Set.of(site)));
            plan(before, first, site, slot);
            assertThat(deliveryOf(before, first).riderId()).isEqualTo(kim);
        }

        // the second start keeps the schema and its rows, as a production restart does
        try (ApplicationContext after = ApplicationContext.run(
                Map.of("flyway.datasources.default.clean-schema", false), "test")) {
            // a free rider now serves the site, yet the slot stays with the rider it was given
            after.getBean(RegisterRiderUseCase.class).registerRider(new RegisterRiderCommand("Lee", Set.of(site)));
            UUID second = UUID.randomUUID();
            plan(after, second, site, slot);

            assertThat(deliveryOf(after, first).riderId()).isEqualTo(kim);
            assertThat(deliveryOf(after, second).riderId()).isEqualTo(kim);
        }
    }

    private static void plan(ApplicationContext context, UUID order, UUID site, UUID slot) {
        context.getBean(PlanDeliveryUseCase.class).planDelivery(new PlanDeliveryCommand(order, UUID.randomUUID(), site,
                slot, Instant.now()));
    }

    private static Delivery deliveryOf(ApplicationContext context, UUID order) {
        return context.getBean(FindDeliveriesQuery.class).findDeliveries(new DeliveriesFilter(order, null)).get(0);
    }
}
