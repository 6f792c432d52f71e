package delivery.rider.adapters.in.messaging;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import delivery.messaging.EventCodec;
import delivery.rider.application.port.in.FindDeliveriesQuery;
import delivery.rider.application.port.in.FindDeliveriesQuery.DeliveriesFilter;
import delivery.rider.application.port.in.PlanDeliveryUseCase;
import delivery.rider.application.port.in.PlanDeliveryUseCase.PlanDeliveryCommand;
import delivery.rider.domain.DeliveryStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What rider reads of the order's events (consumer {@code rider}, provider {@code order-events}), written to
 * contracts/pacts/rider-order-events.json: the envelope of {@code order.cancelled} on {@code order.events}
 * with the fields rider reads (orderId, and the reason it passes on in delivery.cancelled).
 */
@MicronautTest(transactional = false)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "order-events", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class OrderEventsPactTest {

    static final UUID ORDER = UUID.fromString("6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e");

    @Inject
    OrderEventsListener listener;
    @Inject
    EventCodec codec;
    @Inject
    PlanDeliveryUseCase planDelivery;
    @Inject
    FindDeliveriesQuery deliveries;
    @Inject
    TransactionOperations<Connection> transactions;

    @Pact(consumer = "rider")
    V4Pact orderCancelled(MessagePactBuilder builder) {
        return EventPacts.event(builder, "order.events", "order.cancelled",
                UUID.fromString("c1000000-0000-4000-8000-000000000001"), ORDER.toString(), payload -> {
                    payload.uuid("orderId", ORDER);
                    payload.stringType("reason", "store did not confirm");
                });
    }

    @Test
    @PactTestFor(pactMethod = "orderCancelled")
    void orderCancelledDropsTheDeliveryNotYetPickedUp(V4Interaction.AsynchronousMessage message) {
        planDelivery.planDelivery(new PlanDeliveryCommand(ORDER, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), Instant.now()));

        byte[] body = message.getContents().getContents().getValue();
        transactions.executeWrite(status -> {
            listener.handle(codec.decode(body));
            return null;
        });

        assertThat(deliveries.findDeliveries(new DeliveriesFilter(ORDER, null))).singleElement()
                .satisfies(delivery -> assertThat(delivery.status()).isEqualTo(DeliveryStatus.CANCELLED));
    }
}
