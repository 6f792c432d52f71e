package delivery.billing.adapters.in.messaging;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import delivery.billing.application.port.in.ListPaymentsQuery;
import delivery.billing.application.port.in.PayForOrderUseCase;
import delivery.billing.domain.OrderLine;
import delivery.billing.domain.PaymentMethod;
import delivery.billing.domain.PaymentStatus;
import delivery.messaging.EventCodec;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static delivery.billing.adapters.in.messaging.PactEnvelopes.INSTANT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order events billing consumes (consumer {@code billing}, provider {@code order-events}),
 * written to contracts/pacts/billing-order-events.json: the whole envelope on {@code order.events}
 * with the payload fields billing reads. Each test hands the message to the real listener code.
 */
@MicronautTest(transactional = false)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "order-events", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class OrderEventsPactTest {

    static final UUID PLACED = UUID.fromString("0a1b2c3d-4e5f-4061-8273-8495a6b7c801");
    static final UUID CANCELLED = UUID.fromString("0a1b2c3d-4e5f-4061-8273-8495a6b7c802");
    static final UUID CUSTOMER = UUID.fromString("1b2c3d4e-5f60-4172-8394-a5b6c7d8e9f0");
    static final UUID STORE = UUID.fromString("2c3d4e5f-6071-4283-94a5-b6c7d8e9f0a1");
    static final UUID PRODUCT = UUID.fromString("3d4e5f60-7182-4394-a5b6-c7d8e9f0a1b2");

    @Inject
    OrderEventsListener listener;
    @Inject
    EventCodec codec;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    ListPaymentsQuery payments;
    @Inject
    PayForOrderUseCase payForOrder;

    @Pact(consumer = "billing")
    V4Pact orderPlaced(MessagePactBuilder builder) {
        return PactEnvelopes.event(builder, "order.events", "order.placed", "b1000000-0000-4000-8000-000000000001",
                payload -> {
                    payload.uuid("orderId", PLACED);
                    payload.uuid("customerId", CUSTOMER);
                    payload.uuid("storeId", STORE);
                    payload.eachLike("items", item -> {
                        item.uuid("productId", PRODUCT);
                        item.integerType("unitPrice", 8_000);
                        item.integerType("quantity", 2);
                        item.eachLike("options", option -> {
                            option.integerType("unitPrice", 500);
                            option.integerType("quantity", 1);
                        });
                    });
                    payload.stringMatcher("paymentMethod", "CARD|VIRTUAL_ACCOUNT", "CARD");
                    payload.stringType("cardToken", "tok_visa");
                    payload.integerType("points", 0);
                    payload.integerType("totalAmount", 17_000);
                    payload.stringMatcher("placedAt", INSTANT, "2026-03-02T02:30:00.123456Z");
                });
    }

    @Pact(consumer = "billing")
    V4Pact orderCancelled(MessagePactBuilder builder) {
        return PactEnvelopes.event(builder, "order.events", "order.cancelled", "b1000000-0000-4000-8000-000000000002",
                payload -> {
                    payload.uuid("orderId", CANCELLED);
                    payload.stringType("reason", "changed my mind");
                });
    }

    @Test
    @PactTestFor(pactMethod = "orderPlaced")
    void orderPlacedAuthorisesTheCardForTheTotal(V4Interaction.AsynchronousMessage message) {
        handle(message);

        assertThat(payments.paymentsOf(PLACED)).singleElement().satisfies(payment -> {
            assertThat(payment.status()).isEqualTo(PaymentStatus.APPROVED);
            assertThat(payment.amount()).isEqualTo(17_000);
            assertThat(payment.customerId()).isEqualTo(CUSTOMER);
        });
    }

    @Test
    @PactTestFor(pactMethod = "orderCancelled")
    void orderCancelledRefundsWhatWasTaken(V4Interaction.AsynchronousMessage message) {
        payForOrder.payForOrder(new PayForOrderUseCase.PayForOrderCommand(CANCELLED, CUSTOMER, STORE,
                List.of(new OrderLine(PRODUCT, 1, 8_000)), 8_000, PaymentMethod.CARD, "tok_visa", null, 0, Instant.now()));

        handle(message);

        assertThat(payments.paymentsOf(CANCELLED)).singleElement().satisfies(payment -> {
            assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
            assertThat(payment.refundedAmount()).isEqualTo(8_000);
        });
    }

    private void handle(V4Interaction.AsynchronousMessage message) {
        transactions.executeWrite(status -> {
            listener.handle(codec.decode(PactEnvelopes.body(message)));
            return null;
        });
    }
}
