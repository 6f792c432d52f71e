package delivery.order.contracts;

import au.com.dius.pact.provider.MessageAndMetadata;
import au.com.dius.pact.provider.PactVerifyProvider;
import au.com.dius.pact.provider.junit5.MessageTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.filter.InteractionFilter;
import au.com.dius.pact.provider.junitsupport.loader.PactFilter;
import au.com.dius.pact.provider.junitsupport.loader.PactSource;
import delivery.order.application.port.in.CancelOrderUseCase;
import delivery.order.application.port.in.CancelOrderUseCase.CancelOrderCommand;
import delivery.order.application.port.in.PlaceOrderUseCase;
import delivery.order.application.port.in.PlaceOrderUseCase.PlaceOrderCommand;
import delivery.order.application.port.in.FollowSagaUseCase;
import delivery.order.application.port.in.UpdateCatalogCopyUseCase;
import delivery.order.domain.PaymentMethod;
import delivery.order.domain.RequestedItem;
import delivery.order.domain.RequestedItem.RequestedOption;
import delivery.order.domain.catalog.CatalogOption;
import delivery.order.domain.catalog.CatalogProduct;
import delivery.order.domain.catalog.CatalogSite;
import delivery.order.domain.catalog.CatalogSlot;
import delivery.order.domain.catalog.CatalogStoreStatus;
import io.micronaut.test.annotation.MockBean;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The order's events against every message pact in contracts/pacts naming provider {@code order-events}
 * (billing, rider, store) or {@code order} (notification). Each message is written to the outbox by the
 * order's real use cases — placement (priced by the catalog copy: the store service is unreachable in
 * the module's tests), the payment's approval, the customer's cancellation — and read back from the
 * outbox row exactly as the relay publishes it. It is 10:00 in Seoul, before the slot's deadline.
 */
@MicronautTest(transactional = false)
@Provider("order-events")
@PactSource(OrderEventPacts.class)
@PactFilter(value = "Asynchronous/Messages", filter = InteractionFilter.ByInteractionType.class)
class OrderEventsPactVerificationTest {

    static final Instant TEN_IN_SEOUL = Instant.parse("2026-03-02T01:00:00Z");

    /** Each event type → the order whose outbox rows hold one (filled once per test class). */
    private static final Map<String, UUID> ORDER_OF_TYPE = new HashMap<>();

    @Inject
    UpdateCatalogCopyUseCase catalog;
    @Inject
    PlaceOrderUseCase placeOrder;
    @Inject
    FollowSagaUseCase saga;
    @Inject
    CancelOrderUseCase cancelOrder;
    @Inject
    TransactionOperations<Connection> transactions;

    @MockBean(Clock.class)
    Clock clock() {
        return Clock.fixed(TEN_IN_SEOUL, ZoneId.of("Asia/Seoul"));
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new MessageTestTarget(List.of(getClass().getPackageName())));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void orderPublishesWhatItsConsumersExpect(PactVerificationContext context) {
        context.verifyInteraction();
    }

    @PactVerifyProvider("a order.placed event")
    MessageAndMetadata orderPlaced() {
        return published("order.placed");
    }

    @PactVerifyProvider("a order.confirmed event")
    MessageAndMetadata orderConfirmed() {
        return published("order.confirmed");
    }

    @PactVerifyProvider("a order.cancelled event")
    MessageAndMetadata orderCancelled() {
        return published("order.cancelled");
    }

    /** The newest outbox row of the type for its order: the envelope, and where the relay sends it. */
    private MessageAndMetadata published(String type) {
        UUID order;
        synchronized (ORDER_OF_TYPE) {
            if (ORDER_OF_TYPE.isEmpty()) {
                runTheOrdersUseCases();
            }
            order = ORDER_OF_TYPE.get(type);
        }
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement("""
                    select exchange, routing_key, body::text from outbox_event
                    where body->>'type' = ? and body->>'aggregateId' = ? order by id desc limit 1""")) {
                statement.setString(1, type);
                statement.setString(2, order.toString());
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        throw new IllegalStateException("no " + type + " in the outbox for order " + order);
                    }
                    return new MessageAndMetadata(result.getString(3).getBytes(StandardCharsets.UTF_8),
                            Map.of("contentType", "application/json", "exchange", result.getString(1),
                                    "routingKey", result.getString(2)));
                }
            }
        });
    }

    /** A store the catalog copy knows, an order placed and paid, another placed and called off by its customer. */
    private void runTheOrdersUseCases() {
        UUID store = UUID.randomUUID();
        UUID site = UUID.randomUUID();
        UUID slot = UUID.randomUUID();
        UUID bibimbap = UUID.randomUUID();
        catalog.siteRegistered(new CatalogSite(site, "Engineering campus", "1 University Rd"));
        catalog.slotRegistered(new CatalogSlot(slot, site, LocalTime.of(11, 30), LocalTime.of(11, 50), LocalTime.of(12, 10)));
        catalog.storeRegistered(store, "Campus Bibimbap", Set.of(site), LocalTime.of(9, 0), LocalTime.of(21, 0));
        catalog.storeReviewed(store, "Campus Bibimbap", CatalogStoreStatus.APPROVED);
        catalog.menuChanged(store, TEN_IN_SEOUL, List.of(new CatalogProduct(bibimbap, store, "Bibimbap", 8000, false,
                List.of(new CatalogOption("extra egg", 500, 0, 2)))));

        UUID paid = place(store, site, slot, bibimbap);
        saga.paymentApproved(paid);
        ORDER_OF_TYPE.put("order.placed", paid);
        ORDER_OF_TYPE.put("order.confirmed", paid);

        UUID calledOff = place(store, site, slot, bibimbap);
        cancelOrder.cancel(new CancelOrderCommand(calledOff, "changed my mind"));
        ORDER_OF_TYPE.put("order.cancelled", calledOff);
    }

    private UUID place(UUID store, UUID site, UUID slot, UUID product) {
        return placeOrder.place(new PlaceOrderCommand(null, UUID.randomUUID(), store, site, slot,
                List.of(new RequestedItem(product, 2, List.of(new RequestedOption("extra egg", 1)))),
                "no cucumber, please", PaymentMethod.CARD, "tok_visa", null, 0)).orderId();
    }
}
