package delivery.store.contracts;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.filter.InteractionFilter;
import au.com.dius.pact.provider.junitsupport.loader.PactFilter;
import au.com.dius.pact.provider.junitsupport.loader.PactSource;
import delivery.store.adapters.AdjustableClock;
import delivery.store.application.port.in.AddProductUseCase;
import delivery.store.application.port.in.AddProductUseCase.AddProductCommand;
import delivery.store.application.port.in.OpenTicketUseCase;
import delivery.store.application.port.in.OpenTicketUseCase.OpenTicketCommand;
import delivery.store.application.port.in.ProcessTicketUseCase;
import delivery.store.application.port.in.RegisterSiteUseCase;
import delivery.store.application.port.in.RegisterSiteUseCase.RegisterSiteCommand;
import delivery.store.application.port.in.RegisterSlotUseCase;
import delivery.store.application.port.in.RegisterSlotUseCase.RegisterSlotCommand;
import delivery.store.application.port.in.RegisterStoreUseCase;
import delivery.store.application.port.in.RegisterStoreUseCase.RegisterStoreCommand;
import delivery.store.application.port.in.ReviewStoreUseCase;
import delivery.store.domain.Commission;
import delivery.store.domain.ProductOption;
import delivery.store.domain.TicketLine;
import delivery.store.domain.TicketLineOption;
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
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The store's events against every message pact in contracts/pacts naming provider {@code store-events}
 * (order, billing, rider) or {@code store} (notification). Each message is written by the store's real
 * use cases to its outbox and read back from the outbox row exactly as the relay publishes it: the
 * envelope as body, the row's exchange and routing key as metadata.
 */
@MicronautTest(transactional = false)
@Provider("store-events")
@PactSource(StorePacts.class)
@PactFilter(value = "Asynchronous/Messages", filter = InteractionFilter.ByInteractionType.class)
class StoreEventsPactVerificationTest {

    /** Each event type the store publishes → the aggregate whose outbox row holds one (filled once per class). */
    private static final Map<String, UUID> AGGREGATE_OF_TYPE = new HashMap<>();

    @Inject
    AdjustableClock clock;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    RegisterSiteUseCase registerSite;
    @Inject
    RegisterSlotUseCase registerSlot;
    @Inject
    RegisterStoreUseCase registerStore;
    @Inject
    ReviewStoreUseCase reviewStore;
    @Inject
    AddProductUseCase addProduct;
    @Inject
    OpenTicketUseCase openTicket;
    @Inject
    ProcessTicketUseCase processTicket;

    @BeforeEach
    void target(PactVerificationContext context) {
        clock.reset();
        context.setTarget(new MessageTestTarget(List.of(getClass().getPackageName())));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void storePublishesWhatItsConsumersExpect(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @PactVerifyProvider("a site.registered event")
    MessageAndMetadata siteRegistered() {
        return published("site.registered");
    }

    @PactVerifyProvider("a slot.registered event")
    MessageAndMetadata slotRegistered() {
        return published("slot.registered");
    }

    @PactVerifyProvider("a store.registered event")
    MessageAndMetadata storeRegistered() {
        return published("store.registered");
    }

    @PactVerifyProvider("a store.approved event")
    MessageAndMetadata storeApproved() {
        return published("store.approved");
    }

    @PactVerifyProvider("a store.rejected event")
    MessageAndMetadata storeRejected() {
        return published("store.rejected");
    }

    @PactVerifyProvider("a menu.changed event")
    MessageAndMetadata menuChanged() {
        return published("menu.changed");
    }

    @PactVerifyProvider("a ticket.accepted event")
    MessageAndMetadata ticketAccepted() {
        return published("ticket.accepted");
    }

    @PactVerifyProvider("a ticket.rejected event")
    MessageAndMetadata ticketRejected() {
        return published("ticket.rejected");
    }

    @PactVerifyProvider("a ticket.ready event")
    MessageAndMetadata ticketReady() {
        return published("ticket.ready");
    }

    /** The newest outbox row of the type for its aggregate: the envelope, and where the relay sends it. */
    private MessageAndMetadata published(String type) {
        UUID aggregate;
        synchronized (AGGREGATE_OF_TYPE) {
            if (AGGREGATE_OF_TYPE.isEmpty()) {
                runTheStoresUseCases();
            }
            aggregate = AGGREGATE_OF_TYPE.get(type);
        }
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("""
                    select exchange, routing_key, body::text from outbox_event
                    where body->>'type' = ? and body->>'aggregateId' = ? order by id desc limit 1""")) {
                statement.setString(1, type);
                statement.setString(2, aggregate.toString());
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        throw new IllegalStateException("no " + type + " in the outbox for " + aggregate);
                    }
                    return new MessageAndMetadata(result.getString(3).getBytes(StandardCharsets.UTF_8),
                            Map.of("contentType", "application/json", "exchange", result.getString(1),
                                    "routingKey", result.getString(2)));
                }
            }
        });
    }

    /** One of each event through the real use cases: a site and its slot, three stores, a menu, three tickets. */
    private void runTheStoresUseCases() {
        UUID site = registerSite.registerSite(new RegisterSiteCommand("Engineering campus", "1 University Rd"));
        UUID slot = registerSlot.registerSlot(new RegisterSlotCommand(site, LocalTime.of(11, 30), LocalTime.of(11, 50),
                LocalTime.of(12, 10)));
        AGGREGATE_OF_TYPE.put("site.registered", site);
        AGGREGATE_OF_TYPE.put("slot.registered", site);

        UUID approved = store(site);
        reviewStore.approve(approved);
        addProduct.addProduct(new AddProductCommand(approved, "Bibimbap", 8000,
                List.of(new ProductOption("extra egg", 500, 0, 2))));
        AGGREGATE_OF_TYPE.put("store.registered", approved);
        AGGREGATE_OF_TYPE.put("store.approved", approved);
        AGGREGATE_OF_TYPE.put("menu.changed", approved);

        UUID rejected = store(site);
        reviewStore.reject(rejected, "no hygiene certificate");
        AGGREGATE_OF_TYPE.put("store.rejected", rejected);

        UUID accepted = ticket(approved, site, slot);
        processTicket.accept(approved, accepted);
        processTicket.markReady(approved, accepted);
        AGGREGATE_OF_TYPE.put("ticket.accepted", accepted);
        AGGREGATE_OF_TYPE.put("ticket.ready", accepted);

        UUID refused = ticket(approved, site, slot);
        processTicket.reject(approved, refused, "out of rice");
        AGGREGATE_OF_TYPE.put("ticket.rejected", refused);
    }

    private UUID store(UUID site) {
        return registerStore.registerStore(new RegisterStoreCommand("Campus Kimbap", UUID.randomUUID(),
                LocalTime.of(9, 0), LocalTime.of(21, 0), Set.of(site), 20,
                new Commission(Commission.Type.RATE, 1000))).id();
    }

    /** A ticket as a confirmed order opens it; the order is the ticket's id. */
    private UUID ticket(UUID store, UUID site, UUID slot) {
        UUID order = UUID.randomUUID();
        openTicket.openTicket(new OpenTicketCommand(order, store, site, slot,
                List.of(new TicketLine(UUID.randomUUID(), "Bibimbap", 8000, 2,
                        List.of(new TicketLineOption("extra egg", 500, 1)))), "no cucumber, please", 17_000));
        return order;
    }
}
