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
import delivery.billing.application.port.in.RecordStoreTermsUseCase;
import delivery.billing.domain.Commission;
import delivery.billing.domain.CommissionType;
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
 * The rider events billing consumes (consumer {@code billing}, provider {@code rider-events}),
 * written to contracts/pacts/billing-rider-events.json.
 */
@MicronautTest(transactional = false)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "rider-events", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class RiderEventsPactTest {

    static final UUID COMPLETED = UUID.fromString("4e5f6071-8293-44a5-b6c7-d8e9f0a1b201");
    static final UUID MISSING = UUID.fromString("4e5f6071-8293-44a5-b6c7-d8e9f0a1b202");
    static final UUID CUSTOMER = UUID.fromString("5f607182-93a4-45b6-87d8-e9f0a1b2c3d4");
    static final UUID STORE = UUID.fromString("60718293-a4b5-46c7-98e9-f0a1b2c3d4e5");
    static final UUID PRODUCT = UUID.fromString("718293a4-b5c6-47d8-a9f0-a1b2c3d4e5f6");

    @Inject
    RiderEventsListener listener;
    @Inject
    EventCodec codec;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    ListPaymentsQuery payments;
    @Inject
    PayForOrderUseCase payForOrder;
    @Inject
    RecordStoreTermsUseCase storeTerms;

    @Pact(consumer = "billing")
    V4Pact deliveryCompleted(MessagePactBuilder builder) {
        return PactEnvelopes.event(builder, "rider.events", "delivery.completed", "b2000000-0000-4000-8000-000000000001",
                payload -> {
                    payload.uuid("orderId", COMPLETED);
                    payload.uuid("storeId", STORE);
                    payload.stringMatcher("completedAt", INSTANT, "2026-03-02T03:10:00.123456Z");
                });
    }

    @Pact(consumer = "billing")
    V4Pact missingReported(MessagePactBuilder builder) {
        return PactEnvelopes.event(builder, "rider.events", "delivery.missing-reported",
                "b2000000-0000-4000-8000-000000000002", payload -> {
                    payload.uuid("orderId", MISSING);
                    payload.uuid("storeId", STORE);
                    payload.stringMatcher("fault", "RIDER|STORE", "STORE");
                    payload.stringMatcher("resolution", "REFUND|REDELIVERY", "REFUND");
                    payload.eachLike("items", item -> {
                        item.uuid("productId", PRODUCT);
                        item.integerType("quantity", 1);
                    });
                });
    }

    @Test
    @PactTestFor(pactMethod = "deliveryCompleted")
    void deliveryCompletedCapturesThePayment(V4Interaction.AsynchronousMessage message) {
        storeTerms.recordTerms(STORE, new Commission(CommissionType.RATE, 1_000));
        pay(COMPLETED);

        handle(message);

        assertThat(payments.paymentsOf(COMPLETED)).singleElement()
                .satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED));
    }

    @Test
    @PactTestFor(pactMethod = "missingReported")
    void missingItemsAreRefunded(V4Interaction.AsynchronousMessage message) {
        pay(MISSING);

        handle(message);

        assertThat(payments.paymentsOf(MISSING)).singleElement()
                .satisfies(payment -> assertThat(payment.refundedAmount()).isEqualTo(3_000));
    }

    private void pay(UUID order) {
        payForOrder.payForOrder(new PayForOrderUseCase.PayForOrderCommand(order, CUSTOMER, STORE,
                List.of(new OrderLine(PRODUCT, 2, 3_000)), 6_000, PaymentMethod.CARD, "tok_visa", null, 0, Instant.now()));
    }

    private void handle(V4Interaction.AsynchronousMessage message) {
        transactions.executeWrite(status -> {
            listener.handle(codec.decode(PactEnvelopes.body(message)));
            return null;
        });
    }
}
