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
 * The payment events the order service follows (consumer {@code order}, provider {@code billing},
 * verified by billing's BillingEventsPactVerificationTest), handed to the real listener.
 */
@MicronautTest(transactional = false)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "billing", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class BillingEventsPactTest {

    @Inject BillingEventsListener listener;
    @Inject EventCodec codec;
    @Inject OrderRepository orders;
    @Inject TransactionOperations<Connection> transactions;

    @Pact(consumer = "order")
    V4Pact paymentApproved(MessagePactBuilder builder) {
        return SagaEventPacts.event(builder, "billing.events", "payment.approved", payload -> {
            payload.uuid("paymentId", UUID.fromString("c3000000-0000-4000-8000-000000000001"));
            payload.uuid("orderId", UUID.fromString("c3000000-0000-4000-8000-000000000002"));
        });
    }

    @Pact(consumer = "order")
    V4Pact paymentRejected(MessagePactBuilder builder) {
        return SagaEventPacts.event(builder, "billing.events", "payment.rejected", payload -> {
            payload.uuid("orderId", UUID.fromString("c3000000-0000-4000-8000-000000000003"));
            payload.stringType("reason", "card declined");
        });
    }

    @Pact(consumer = "order")
    V4Pact paymentRefunded(MessagePactBuilder builder) {
        return SagaEventPacts.event(builder, "billing.events", "payment.refunded", payload -> {
            payload.uuid("orderId", UUID.fromString("c3000000-0000-4000-8000-000000000004"));
            payload.booleanType("full", true);
        });
    }

    @Test
    @PactTestFor(pactMethod = "paymentApproved")
    void anApprovedPaymentConfirmsTheOrder(V4Interaction.AsynchronousMessage message) {
        assertThat(handled(message, OrderStatus.PAYMENT_PENDING)).isEqualTo(OrderStatus.ORDER_WAITING);
    }

    @Test
    @PactTestFor(pactMethod = "paymentRejected")
    void aRejectedPaymentFailsTheOrder(V4Interaction.AsynchronousMessage message) {
        assertThat(handled(message, OrderStatus.PAYMENT_PENDING)).isEqualTo(OrderStatus.PAYMENT_FAILED);
    }

    @Test
    @PactTestFor(pactMethod = "paymentRefunded")
    void aFullRefundClosesTheCancelledOrder(V4Interaction.AsynchronousMessage message) {
        assertThat(handled(message, OrderStatus.CANCELLED)).isEqualTo(OrderStatus.REFUNDED);
    }

    private OrderStatus handled(V4Interaction.AsynchronousMessage message, OrderStatus before) {
        return SagaEventPacts.handled(message, before, codec, orders, transactions, listener::handle);
    }
}
