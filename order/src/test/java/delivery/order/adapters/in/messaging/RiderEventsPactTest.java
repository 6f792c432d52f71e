package delivery.order.adapters.in.messaging;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import delivery.messaging.EventCodec;
import delivery.order.application.port.out.OrderRepository;
import delivery.order.domain.OrderStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The delivery events the order service follows (consumer {@code order}, provider {@code rider},
 * verified by rider's RiderEventsPactVerificationTest), handed to the real listener.
 */
@MicronautTest(transactional = false)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "rider", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class RiderEventsPactTest {

    @Inject RiderEventsListener listener;
    @Inject EventCodec codec;
    @Inject OrderRepository orders;
    @Inject TransactionOperations<Connection> transactions;

    @Pact(consumer = "order")
    V4Pact deliveryAssigned(MessagePactBuilder builder) {
        return SagaEventPacts.event(builder, "rider.events", "delivery.assigned", payload -> {
            payload.uuid("orderId", UUID.fromString("d4000000-0000-4000-8000-000000000001"));
            payload.uuid("riderId", UUID.fromString("d4000000-0000-4000-8000-000000000002"));
        });
    }

    @Pact(consumer = "order")
    V4Pact deliveryPickedUp(MessagePactBuilder builder) {
        return SagaEventPacts.event(builder, "rider.events", "delivery.picked-up",
                payload -> payload.uuid("orderId", UUID.fromString("d4000000-0000-4000-8000-000000000003")));
    }

    @Pact(consumer = "order")
    V4Pact deliveryDelayed(MessagePactBuilder builder) {
        return SagaEventPacts.event(builder, "rider.events", "delivery.delayed", payload -> {
            payload.uuid("orderId", UUID.fromString("d4000000-0000-4000-8000-000000000004"));
            payload.stringType("reason", "heavy rain");
        });
    }

    @Pact(consumer = "order")
    V4Pact deliveryCompleted(MessagePactBuilder builder) {
        return SagaEventPacts.event(builder, "rider.events", "delivery.completed", payload -> {
            payload.uuid("orderId", UUID.fromString("d4000000-0000-4000-8000-000000000005"));
            payload.stringType("boxNumber", "12");
        });
    }

    @Test
    @PactTestFor(pactMethod = "deliveryAssigned")
    void anAssignedRiderPutsTheOrderInLineForPickup(V4Interaction.AsynchronousMessage message) {
        assertThat(handled(message, OrderStatus.ACCEPTED)).isEqualTo(OrderStatus.DELIVERY_WAITING);
    }

    @Test
    @PactTestFor(pactMethod = "deliveryPickedUp")
    void aPickupMovesTheOrder(V4Interaction.AsynchronousMessage message) {
        assertThat(handled(message, OrderStatus.DELIVERY_WAITING)).isEqualTo(OrderStatus.PICKED_UP);
    }

    @Test
    @PactTestFor(pactMethod = "deliveryDelayed")
    void aDelayIsRecorded(V4Interaction.AsynchronousMessage message) {
        assertThat(handled(message, OrderStatus.PICKED_UP)).isEqualTo(OrderStatus.DELAYED);
    }

    @Test
    @PactTestFor(pactMethod = "deliveryCompleted")
    void aCompletedDeliveryDeliversTheOrder(V4Interaction.AsynchronousMessage message) {
        assertThat(handled(message, OrderStatus.PICKED_UP)).isEqualTo(OrderStatus.DELIVERED);
    }

    private OrderStatus handled(V4Interaction.AsynchronousMessage message, OrderStatus before) {
        return SagaEventPacts.handled(message, before, codec, orders, transactions, listener::handle);
    }
}
