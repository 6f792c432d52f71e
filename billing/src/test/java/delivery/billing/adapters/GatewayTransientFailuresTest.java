package delivery.billing.adapters;

import delivery.billing.adapters.out.gateway.SimulatedPaymentGateway;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static delivery.billing.adapters.Bus.item;
import static delivery.billing.adapters.Bus.orderPlaced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The simulated gateway failing every other call at random: each order placed through RabbitMQ
 * still gets exactly one answer (approved, or rejected for the declined card), one payment, one
 * event — the failures are retried, never charged twice, never lost.
 */
@MicronautTest(transactional = false)
@Property(name = "billing.gateway.failure-rate", value = "0.5")
@Property(name = "billing.gateway.seed", value = "20261122")
@Property(name = "billing.gateway.latency", value = "0ms")
@Property(name = "billing.gateway.retry.delay", value = "10ms")
class GatewayTransientFailuresTest {

    private static final Argument<List<Map<String, Object>>> JSON_LIST =
            Argument.listOf(Argument.mapOf(String.class, Object.class));

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Bus bus;
    @Inject
    OutboxEvents outbox;
    @Inject
    SimulatedPaymentGateway gateway;

    @Test
    void everyOrderIsAnsweredOnceThoughHalfTheGatewayCallsFail() {
        UUID customer = UUID.randomUUID();
        UUID store = UUID.randomUUID();
        List<UUID> approved = new ArrayList<>();
        List<UUID> declined = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            UUID order = UUID.randomUUID();
            boolean declines = i % 6 == 5;
            (declines ? declined : approved).add(order);
            bus.publish("order.events", bus.event("order.placed", order, orderPlaced(order, customer, store, "CARD",
                    declines ? SimulatedPaymentGateway.DECLINED_TOKEN : "tok_visa", null, 0,
                    List.of(item(UUID.randomUUID(), 7_000, 1)))));
        }

        List<UUID> all = new ArrayList<>(approved);
        all.addAll(declined);
        await().atMost(Duration.ofSeconds(60)).until(() -> all.stream().allMatch(order -> paymentsOf(order).size() == 1));

        assertThat(gateway.transientFailures()).as("calls the gateway failed").isGreaterThan(10);
        for (UUID order : approved) {
            assertAnsweredOnce(order, "APPROVED", "payment.approved");
        }
        for (UUID order : declined) {
            assertAnsweredOnce(order, "REJECTED", "payment.rejected");
        }
    }

    private void assertAnsweredOnce(UUID order, String status, String event) {
        Map<String, Object> payment = paymentsOf(order).get(0);
        assertThat(payment).as("payment of %s", order).containsEntry("status", status).containsEntry("amount", 7_000);
        assertThat(gateway.authorisationRequestsOf(order.toString())).as("answered authorisations of %s", order)
                .isEqualTo(1);
        assertThat(outbox.of(payment.get("paymentId"))).extracting(OutboxEvents.Row::type).containsExactly(event);
    }

    private List<Map<String, Object>> paymentsOf(UUID order) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/payments?orderId=" + order), JSON_LIST);
    }
}
