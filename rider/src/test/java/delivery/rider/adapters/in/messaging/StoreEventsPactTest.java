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
import delivery.rider.domain.Delivery;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What rider reads of the store's events (consumer {@code rider}, provider {@code store-events}, the name
 * order and billing also give the store's message channel), written to contracts/pacts/rider-store-events.json: the whole envelope of {@code ticket.accepted} on {@code store.events}
 * with the payload fields rider reads. The test hands the pact's message to the real listener code.
 */
@MicronautTest(transactional = false)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "store-events", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class StoreEventsPactTest {

    static final UUID ORDER = UUID.fromString("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");
    static final UUID STORE = UUID.fromString("1d2e3f40-5162-4738-8495-a6b7c8d9e0f1");
    static final UUID SITE = UUID.fromString("2e3f4051-6273-4849-95a6-b7c8d9e0f102");
    static final UUID SLOT = UUID.fromString("3f405162-7384-495a-a6b7-c8d9e0f10213");

    @Inject
    StoreEventsListener listener;
    @Inject
    EventCodec codec;
    @Inject
    FindDeliveriesQuery deliveries;
    @Inject
    TransactionOperations<Connection> transactions;

    @Pact(consumer = "rider")
    V4Pact ticketAccepted(MessagePactBuilder builder) {
        return EventPacts.event(builder, "store.events", "ticket.accepted",
                UUID.fromString("b1000000-0000-4000-8000-000000000001"), ORDER.toString(), payload -> {
                    payload.uuid("orderId", ORDER);
                    payload.uuid("storeId", STORE);
                    payload.uuid("siteId", SITE);
                    payload.uuid("slotId", SLOT);
                    payload.stringMatcher("acceptedAt", EventPacts.INSTANT, "2026-03-02T02:31:10.5Z");
                });
    }

    @Test
    @PactTestFor(pactMethod = "ticketAccepted")
    void ticketAcceptedPlansTheOrdersDeliveryForItsSiteAndSlot(V4Interaction.AsynchronousMessage message) {
        byte[] body = message.getContents().getContents().getValue();
        transactions.executeWrite(status -> {
            listener.handle(codec.decode(body));
            return null;
        });

        assertThat(deliveries.findDeliveries(new DeliveriesFilter(ORDER, null))).singleElement()
                .satisfies((Delivery delivery) -> {
                    assertThat(delivery.storeId()).isEqualTo(STORE);
                    assertThat(delivery.siteId()).isEqualTo(SITE);
                    assertThat(delivery.slotId()).isEqualTo(SLOT);
                    // accepted at 11:31 in Seoul: that day's slot
                    assertThat(delivery.serviceDate()).isEqualTo(LocalDate.of(2026, 3, 2));
                });
    }
}
