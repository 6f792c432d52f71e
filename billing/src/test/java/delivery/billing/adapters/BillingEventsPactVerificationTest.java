package delivery.billing.adapters;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.IgnoreNoPactsToVerify;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import delivery.billing.application.port.in.CancelOrderPaymentUseCase;
import delivery.billing.application.port.in.PayForOrderUseCase;
import delivery.billing.application.port.in.PayForOrderUseCase.PayForOrderCommand;
import delivery.billing.domain.OrderLine;
import delivery.billing.domain.PaymentMethod;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Verifies billing's events against every pact in contracts/pacts naming provider {@code billing}.
 * Each message is produced by the real use case and read back from the outbox exactly as the relay
 * publishes it, so what is verified is what consumers receive.
 */
@MicronautTest(transactional = false)
@Provider("billing")
@PactFolder("../contracts/pacts")
@IgnoreNoPactsToVerify
class BillingEventsPactVerificationTest {

    @Inject
    PayForOrderUseCase payForOrder;
    @Inject
    CancelOrderPaymentUseCase cancelOrderPayment;
    @Inject
    TransactionOperations<Connection> transactions;

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void billingPublishesWhatItsConsumersExpect(PactVerificationContext context) {
        if (context != null) {
            context.verifyInteraction();
        }
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        if (context != null) {
            context.setTarget(new MessageTestTarget());
        }
    }

    @PactVerifyProvider("a payment.approved event")
    MessageAndMetadata paymentApproved() {
        return published("payment.approved", order(PaymentMethod.CARD, "tok_visa"));
    }

    @PactVerifyProvider("a payment.rejected event")
    MessageAndMetadata paymentRejected() {
        return published("payment.rejected", order(PaymentMethod.CARD, "tok_declined"));
    }

    @PactVerifyProvider("a payment.pending event")
    MessageAndMetadata paymentPending() {
        return published("payment.pending", order(PaymentMethod.VIRTUAL_ACCOUNT, null));
    }

    @PactVerifyProvider("a payment.refunded event")
    MessageAndMetadata paymentRefunded() {
        UUID order = order(PaymentMethod.CARD, "tok_visa");
        cancelOrderPayment.orderCancelled(order, "changed my mind");
        return published("payment.refunded", order);
    }

    private UUID order(PaymentMethod method, String cardToken) {
        UUID order = UUID.randomUUID();
        payForOrder.payForOrder(new PayForOrderCommand(order, UUID.randomUUID(), UUID.randomUUID(),
                List.of(new OrderLine(UUID.randomUUID(), 1, 12_000)), 12_000, method, cardToken, null, 0, Instant.now()));
        return order;
    }

    /** The event's envelope as the outbox holds it for the relay. */
    private MessageAndMetadata published(String type, UUID order) {
        String body = transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "select body::text from outbox_event where routing_key = ? and body -> 'payload' ->> 'orderId' = ?")) {
                statement.setString(1, type);
                statement.setString(2, order.toString());
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        throw new IllegalStateException("no " + type + " in the outbox for order " + order);
                    }
                    return result.getString(1);
                }
            }
        });
        return new MessageAndMetadata(body.getBytes(StandardCharsets.UTF_8),
                Map.of("contentType", "application/json", "exchange", "billing.events", "routingKey", type));
    }
}
