package delivery.store.contracts;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.filter.InteractionFilter;
import au.com.dius.pact.provider.junitsupport.loader.PactFilter;
import au.com.dius.pact.provider.junitsupport.loader.PactSource;
import delivery.store.adapters.AdjustableClock;
import delivery.store.application.port.in.AddProductUseCase;
import delivery.store.application.port.in.AddProductUseCase.AddProductCommand;
import delivery.store.application.port.in.RegisterSiteUseCase;
import delivery.store.application.port.in.RegisterSiteUseCase.RegisterSiteCommand;
import delivery.store.application.port.in.RegisterSlotUseCase;
import delivery.store.application.port.in.RegisterSlotUseCase.RegisterSlotCommand;
import delivery.store.application.port.in.RegisterStoreUseCase;
import delivery.store.application.port.in.RegisterStoreUseCase.RegisterStoreCommand;
import delivery.store.application.port.in.ReviewStoreUseCase;
import delivery.store.domain.Commission;
import delivery.store.domain.ProductOption;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The store's quote endpoint against what the order service recorded in contracts/pacts/order-store.json
 * (provider {@code store}, HTTP interactions only): the real store service on a random port, with the
 * real PostgreSQL, each provider state created through the store's own use cases. The state methods
 * return the ids the verifier puts into the request ({@code storeId}, {@code siteId}, {@code slotId},
 * {@code productId}). The clock stands at 10:00 in Seoul: the store (09:00–21:00) is open and the slot's
 * order deadline (11:00) ahead, whenever the build runs.
 */
@MicronautTest(transactional = false)
@Provider("store")
@PactSource(StorePacts.class)
@PactFilter(value = "Synchronous/HTTP", filter = InteractionFilter.ByInteractionType.class)
class StoreQuotePactVerificationTest {

    static final Instant TEN_IN_SEOUL = Instant.parse("2026-03-02T01:00:00Z");

    @Inject
    EmbeddedServer server;
    @Inject
    AdjustableClock clock;
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

    @BeforeEach
    void target(PactVerificationContext context) {
        clock.set(TEN_IN_SEOUL);
        context.setTarget(new HttpTestTarget("localhost", server.getPort()));
    }

    @AfterEach
    void wallClock() {
        clock.reset();
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void storeAnswersTheQuotesOrderAsksFor(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @State("an approved store with a product and an open slot")
    Map<String, Object> anApprovedStore() {
        return aStoreWithAProductAndAnOpenSlot(true);
    }

    @State("a store that is not approved yet, with a product and an open slot")
    Map<String, Object> aStoreNotApprovedYet() {
        return aStoreWithAProductAndAnOpenSlot(false);
    }

    private Map<String, Object> aStoreWithAProductAndAnOpenSlot(boolean approved) {
        UUID site = registerSite.registerSite(new RegisterSiteCommand("Engineering campus", "1 University Rd"));
        UUID slot = registerSlot.registerSlot(new RegisterSlotCommand(site, LocalTime.of(11, 0), LocalTime.of(11, 30),
                LocalTime.of(12, 0)));
        UUID store = registerStore.registerStore(new RegisterStoreCommand("Campus Bibimbap", UUID.randomUUID(),
                LocalTime.of(9, 0), LocalTime.of(21, 0), Set.of(site), 20,
                new Commission(Commission.Type.RATE, 1000))).id();
        if (approved) {
            reviewStore.approve(store);
        }
        UUID product = addProduct.addProduct(new AddProductCommand(store, "Bibimbap", 8000,
                List.of(new ProductOption("extra egg", 500, 0, 2))));
        return Map.of("storeId", store.toString(), "siteId", site.toString(), "slotId", slot.toString(),
                "productId", product.toString());
    }
}
