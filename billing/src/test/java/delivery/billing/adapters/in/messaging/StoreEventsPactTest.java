package delivery.billing.adapters.in.messaging;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import delivery.billing.application.port.out.StoreTermsRepository;
import delivery.billing.domain.Commission;
import delivery.billing.domain.CommissionType;
import delivery.messaging.EventCodec;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store events billing consumes (consumer {@code billing}, provider {@code store-events}),
 * written to contracts/pacts/billing-store-events.json: the commission terms of store.registered.
 */
@MicronautTest(transactional = false)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "store-events", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class StoreEventsPactTest {

    static final UUID STORE = UUID.fromString("8293a4b5-c6d7-48e9-8a01-b2c3d4e5f607");

    @Inject
    StoreEventsListener listener;
    @Inject
    EventCodec codec;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    StoreTermsRepository terms;

    @Pact(consumer = "billing")
    V4Pact storeRegistered(MessagePactBuilder builder) {
        return PactEnvelopes.event(builder, "store.events", "store.registered", "b3000000-0000-4000-8000-000000000001",
                payload -> {
                    payload.uuid("storeId", STORE);
                    payload.stringMatcher("commissionType", "RATE|FIXED", "RATE");
                    payload.integerType("commissionValue", 1_000);
                });
    }

    @Test
    @PactTestFor(pactMethod = "storeRegistered")
    void storeRegisteredRecordsTheCommissionTerms(V4Interaction.AsynchronousMessage message) {
        transactions.executeWrite(status -> {
            listener.handle(codec.decode(PactEnvelopes.body(message)));
            return null;
        });

        Optional<Commission> stored = transactions.executeRead(status -> terms.termsOf(STORE));
        assertThat(stored).contains(new Commission(CommissionType.RATE, 1_000));
    }
}
