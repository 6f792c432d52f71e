package delivery.order.adapters.in.messaging;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import delivery.messaging.EventCodec;
import delivery.order.application.port.out.CatalogCopyRepository;
import delivery.order.application.port.out.OrderRepository;
import delivery.order.domain.OrderStatus;
import delivery.order.domain.catalog.CatalogOption;
import delivery.order.domain.catalog.CatalogProduct;
import delivery.order.domain.catalog.CatalogSite;
import delivery.order.domain.catalog.CatalogSlot;
import delivery.order.domain.catalog.CatalogStore;
import delivery.order.domain.catalog.CatalogStoreStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store events the order service consumes (consumer {@code order}, provider {@code store-events}),
 * written to contracts/pacts/order-store-events.json: each message is the whole envelope the
 * store's outbox publishes on {@code store.events}, with the payload fields the order service
 * reads. Each test hands the pact's message to the real listener code and checks the catalog copy.
 */
@MicronautTest(transactional = false)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "store-events", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class StoreEventsPactTest {

    // one store per event, so the tests do not depend on each other's order
    static final UUID REGISTERED = UUID.fromString("1d2e3f40-5162-4738-8495-a6b7c8d9e0f1");
    static final UUID APPROVED = UUID.fromString("1d2e3f40-5162-4738-8495-a6b7c8d9e0f2");
    static final UUID REJECTED = UUID.fromString("1d2e3f40-5162-4738-8495-a6b7c8d9e0f3");
    static final UUID MENU = UUID.fromString("1d2e3f40-5162-4738-8495-a6b7c8d9e0f4");
    static final UUID SITE = UUID.fromString("2e3f4051-6273-4849-95a6-b7c8d9e0f102");
    static final UUID SLOT = UUID.fromString("3f405162-7384-495a-a6b7-c8d9e0f10213");
    static final UUID PRODUCT = UUID.fromString("40516273-8495-4a6b-b7c8-d9e0f1021324");

    @Inject
    StoreEventsListener listener;
    @Inject
    EventCodec codec;
    @Inject
    CatalogCopyRepository catalog;
    @Inject
    OrderRepository orders;
    @Inject
    TransactionOperations<Connection> transactions;

    @Pact(consumer = "order")
    V4Pact storeRegistered(MessagePactBuilder builder) {
        return event(builder, "store.registered", "a1000000-0000-4000-8000-000000000001", payload -> {
            payload.uuid("storeId", REGISTERED);
            payload.stringType("name", "Campus Kimbap");
            payload.minArrayLike("siteIds", 1, PactDslJsonRootValue.uuid(SITE), 1);
            payload.stringMatcher("openTime", TIME, "09:00");
            payload.stringMatcher("closeTime", TIME, "21:00");
        });
    }

    @Pact(consumer = "order")
    V4Pact storeApproved(MessagePactBuilder builder) {
        return event(builder, "store.approved", "a1000000-0000-4000-8000-000000000002", payload -> {
            payload.uuid("storeId", APPROVED);
            payload.stringType("name", "Campus Kimbap");
        });
    }

    @Pact(consumer = "order")
    V4Pact storeRejected(MessagePactBuilder builder) {
        return event(builder, "store.rejected", "a1000000-0000-4000-8000-000000000003", payload -> {
            payload.uuid("storeId", REJECTED);
            payload.stringType("name", "Campus Kimbap");
        });
    }

    @Pact(consumer = "order")
    V4Pact menuChanged(MessagePactBuilder builder) {
        return event(builder, "menu.changed", "a1000000-0000-4000-8000-000000000004", payload -> {
            payload.uuid("storeId", MENU);
            payload.eachLike("products", product -> {
                product.uuid("productId", PRODUCT);
                product.stringType("name", "Bibimbap");
                product.integerType("price", 8000);
                product.booleanType("soldOut", false);
                product.eachLike("options", option -> {
                    option.stringType("name", "extra egg");
                    option.integerType("price", 500);
                    option.integerType("min", 0);
                    option.integerType("max", 2);
                });
            });
        });
    }

    @Pact(consumer = "order")
    V4Pact siteRegistered(MessagePactBuilder builder) {
        return event(builder, "site.registered", "a1000000-0000-4000-8000-000000000005", payload -> {
            payload.uuid("siteId", SITE);
            payload.stringType("name", "Engineering campus");
            payload.stringType("address", "1 University Rd");
        });
    }

    @Pact(consumer = "order")
    V4Pact slotRegistered(MessagePactBuilder builder) {
        return event(builder, "slot.registered", "a1000000-0000-4000-8000-000000000006", payload -> {
            payload.uuid("slotId", SLOT);
            payload.uuid("siteId", SITE);
            payload.stringMatcher("orderDeadline", TIME, "11:30");
            payload.stringMatcher("pickupTime", TIME, "11:50");
            payload.stringMatcher("arrivalTime", TIME, "12:10");
        });
    }

    @Pact(consumer = "order")
    V4Pact ticketAccepted(MessagePactBuilder builder) {
        return event(builder, "ticket.accepted", "a1000000-0000-4000-8000-000000000007",
                payload -> payload.uuid("orderId", UUID.fromString("5a000000-0000-4000-8000-000000000001")));
    }

    @Pact(consumer = "order")
    V4Pact ticketRejected(MessagePactBuilder builder) {
        return event(builder, "ticket.rejected", "a1000000-0000-4000-8000-000000000008", payload -> {
            payload.uuid("orderId", UUID.fromString("5a000000-0000-4000-8000-000000000002"));
            payload.stringType("reason", "out of rice");
        });
    }

    @Test
    @PactTestFor(pactMethod = "ticketAccepted")
    void anAcceptedTicketAcceptsTheWaitingOrder(V4Interaction.AsynchronousMessage message) {
        assertThat(SagaEventPacts.handled(message, OrderStatus.ORDER_WAITING, codec, orders, transactions, listener::handle))
                .isEqualTo(OrderStatus.ACCEPTED);
    }

    @Test
    @PactTestFor(pactMethod = "ticketRejected")
    void aRejectedTicketCancelsTheWaitingOrder(V4Interaction.AsynchronousMessage message) {
        assertThat(SagaEventPacts.handled(message, OrderStatus.ORDER_WAITING, codec, orders, transactions, listener::handle))
                .isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    @PactTestFor(pactMethod = "storeRegistered")
    void storeRegisteredAddsTheStoreWithItsSitesAndHours(V4Interaction.AsynchronousMessage message) {
        handle(message);

        assertThat(this.<Optional<CatalogStore>>read(copy -> copy.findStore(REGISTERED))).contains(new CatalogStore(REGISTERED, "Campus Kimbap",
                CatalogStoreStatus.PENDING_REVIEW, Set.of(SITE), LocalTime.of(9, 0), LocalTime.of(21, 0)));
    }

    @Test
    @PactTestFor(pactMethod = "storeApproved")
    void storeApprovedLetsTheStoreSell(V4Interaction.AsynchronousMessage message) {
        handle(message);

        assertThat(this.<Optional<CatalogStore>>read(copy -> copy.findStore(APPROVED))).hasValueSatisfying(store ->
                assertThat(store.status()).isEqualTo(CatalogStoreStatus.APPROVED));
    }

    @Test
    @PactTestFor(pactMethod = "storeRejected")
    void storeRejectedKeepsTheStoreFromSelling(V4Interaction.AsynchronousMessage message) {
        handle(message);

        assertThat(this.<Optional<CatalogStore>>read(copy -> copy.findStore(REJECTED))).hasValueSatisfying(store ->
                assertThat(store.status()).isEqualTo(CatalogStoreStatus.REJECTED));
    }

    @Test
    @PactTestFor(pactMethod = "menuChanged")
    void menuChangedReplacesTheStoresMenu(V4Interaction.AsynchronousMessage message) {
        handle(message);

        assertThat(this.<Map<UUID, CatalogProduct>>read(copy -> copy.findProducts(MENU, List.of(PRODUCT)))).isEqualTo(Map.of(PRODUCT,
                new CatalogProduct(PRODUCT, MENU, "Bibimbap", 8000, false,
                        List.of(new CatalogOption("extra egg", 500, 0, 2)))));
    }

    @Test
    @PactTestFor(pactMethod = "siteRegistered")
    void siteRegisteredAddsTheSite(V4Interaction.AsynchronousMessage message) {
        handle(message);

        assertThat(this.<Optional<CatalogSite>>read(copy -> copy.findSite(SITE)))
                .contains(new CatalogSite(SITE, "Engineering campus", "1 University Rd"));
    }

    @Test
    @PactTestFor(pactMethod = "slotRegistered")
    void slotRegisteredAddsTheSlotOfItsSite(V4Interaction.AsynchronousMessage message) {
        handle(message);

        assertThat(this.<Optional<CatalogSlot>>read(copy -> copy.findSlot(SLOT))).contains(new CatalogSlot(SLOT, SITE, LocalTime.of(11, 30),
                LocalTime.of(11, 50), LocalTime.of(12, 10)));
    }

    /** {@code HH:mm}, or {@code HH:mm:ss} as a serialized LocalTime has it. */
    static final String TIME = "\\d{2}:\\d{2}(:\\d{2})?";

    private static V4Pact event(MessagePactBuilder builder, String type, String exampleEventId,
                                Consumer<LambdaDslObject> payload) {
        return SagaEventPacts.event(builder, "store.events", type, exampleEventId, payload);
    }

    /** The real listener code: the envelope decoded as from the queue, handled as in the inbox's transaction. */
    private void handle(V4Interaction.AsynchronousMessage message) {
        byte[] body = message.getContents().getContents().getValue();
        transactions.executeWrite(status -> {
            listener.handle(codec.decode(body));
            return null;
        });
    }

    private <T> T read(Function<CatalogCopyRepository, T> query) {
        return transactions.executeRead(status -> query.apply(catalog));
    }
}
