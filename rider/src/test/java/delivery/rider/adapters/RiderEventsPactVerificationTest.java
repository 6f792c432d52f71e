package delivery.rider.adapters;

import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.IgnoreNoPactsToVerify;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactSource;
import delivery.rider.application.port.in.CancelOrderDeliveryUseCase;
import delivery.rider.application.port.in.ChangeAvailabilityUseCase;
import delivery.rider.application.port.in.ChangeAvailabilityUseCase.ChangeAvailabilityCommand;
import delivery.rider.application.port.in.DeliveryLifecycleUseCase;
import delivery.rider.application.port.in.DeliveryLifecycleUseCase.ReportMissingCommand;
import delivery.rider.application.port.in.FindDeliveriesQuery;
import delivery.rider.application.port.in.FindDeliveriesQuery.DeliveriesFilter;
import delivery.rider.application.port.in.PlanDeliveryUseCase;
import delivery.rider.application.port.in.PlanDeliveryUseCase.PlanDeliveryCommand;
import delivery.rider.application.port.in.RegisterRiderUseCase;
import delivery.rider.application.port.in.RegisterRiderUseCase.RegisterRiderCommand;
import delivery.rider.domain.Fault;
import delivery.rider.domain.MissingItem;
import delivery.rider.domain.Resolution;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Rider as provider of {@code rider.events}: every message pact in contracts/pacts naming provider
 * {@code rider} or {@code rider-events} (consumers name it either way) is checked against the envelopes rider's real use cases write to its outbox
 * (exactly what the relay publishes).
 */
@MicronautTest(transactional = false)
@Provider("rider")
@PactSource(RiderEventPacts.class)
@IgnoreNoPactsToVerify
class RiderEventsPactVerificationTest {

    /** Each event type rider publishes → the delivery whose outbox holds one (filled once per test class). */
    private static final Map<String, UUID> DELIVERY_OF_TYPE = new HashMap<>();

    @Inject
    OutboxEvents outbox;
    @Inject
    RegisterRiderUseCase registerRider;
    @Inject
    ChangeAvailabilityUseCase changeAvailability;
    @Inject
    PlanDeliveryUseCase planDelivery;
    @Inject
    CancelOrderDeliveryUseCase cancelOrderDelivery;
    @Inject
    DeliveryLifecycleUseCase lifecycle;
    @Inject
    FindDeliveriesQuery deliveries;

    @BeforeEach
    void target(PactVerificationContext context) {
        if (context != null) {
            context.setTarget(new MessageTestTarget(List.of(getClass().getPackageName())));
        }
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void riderPublishesWhatItsConsumersExpect(PactVerificationContext context) {
        if (context != null) {
            context.verifyInteraction();
        }
    }

    @PactVerifyProvider("a delivery.planned event")
    String deliveryPlanned() {
        return bodyOf("delivery.planned");
    }

    @PactVerifyProvider("a delivery.waiting-for-rider event")
    String deliveryWaitingForRider() {
        return bodyOf("delivery.waiting-for-rider");
    }

    @PactVerifyProvider("a delivery.assigned event")
    String deliveryAssigned() {
        return bodyOf("delivery.assigned");
    }

    @PactVerifyProvider("a delivery.unassigned event")
    String deliveryUnassigned() {
        return bodyOf("delivery.unassigned");
    }

    @PactVerifyProvider("a delivery.picked-up event")
    String deliveryPickedUp() {
        return bodyOf("delivery.picked-up");
    }

    @PactVerifyProvider("a delivery.delayed event")
    String deliveryDelayed() {
        return bodyOf("delivery.delayed");
    }

    @PactVerifyProvider("a delivery.completed event")
    String deliveryCompleted() {
        return bodyOf("delivery.completed");
    }

    @PactVerifyProvider("a delivery.missing-reported event")
    String deliveryMissingReported() {
        return bodyOf("delivery.missing-reported");
    }

    @PactVerifyProvider("a delivery.cancelled event")
    String deliveryCancelled() {
        return bodyOf("delivery.cancelled");
    }

    private String bodyOf(String type) {
        synchronized (DELIVERY_OF_TYPE) {
            if (DELIVERY_OF_TYPE.isEmpty()) {
                playTheDeliveryLifecycle();
            }
        }
        return outbox.bodyOf(DELIVERY_OF_TYPE.get(type), type);
    }

    /** One of each event through the real use cases: a full trip, a wait and a cancellation, a hand-over. */
    private void playTheDeliveryLifecycle() {
        UUID campus = UUID.randomUUID();
        registerRider.registerRider(new RegisterRiderCommand("Kim Minjun", Set.of(campus)));
        UUID trip = plan(campus);
        lifecycle.pickUp(trip);
        lifecycle.delay(trip, "rain on the bridge");
        lifecycle.complete(trip);
        lifecycle.reportMissing(new ReportMissingCommand(trip, Fault.STORE, Resolution.REFUND,
                List.of(new MissingItem(UUID.randomUUID(), 1))));
        for (String type : List.of("delivery.planned", "delivery.assigned", "delivery.picked-up", "delivery.delayed",
                "delivery.completed", "delivery.missing-reported")) {
            DELIVERY_OF_TYPE.put(type, trip);
        }

        UUID officePark = UUID.randomUUID();
        UUID waiting = plan(officePark);
        cancelOrderDelivery.cancelOrderDelivery(orderOf(waiting), "customer changed their mind");
        DELIVERY_OF_TYPE.put("delivery.waiting-for-rider", waiting);
        DELIVERY_OF_TYPE.put("delivery.cancelled", waiting);

        UUID library = UUID.randomUUID();
        UUID rider = registerRider.registerRider(new RegisterRiderCommand("Lee Seoyeon", Set.of(library)));
        UUID handedBack = plan(library);
        changeAvailability.changeAvailability(new ChangeAvailabilityCommand(rider, false));
        DELIVERY_OF_TYPE.put("delivery.unassigned", handedBack);
    }

    private UUID plan(UUID site) {
        UUID order = UUID.randomUUID();
        planDelivery.planDelivery(new PlanDeliveryCommand(order, UUID.randomUUID(), site, UUID.randomUUID(),
                Instant.now()));
        return deliveries.findDeliveries(new DeliveriesFilter(order, null)).get(0).id();
    }

    private UUID orderOf(UUID deliveryId) {
        return UUID.fromString((String) outbox.of(deliveryId).get(0).payload().get("orderId"));
    }
}
