package delivery.order.domain.catalog;

import delivery.order.domain.OrderLine;
import delivery.order.domain.OrderLineOption;
import delivery.order.domain.Quote;
import delivery.order.domain.QuoteRefusedException;
import delivery.order.domain.QuoteRefusedException.Refusal;
import delivery.order.domain.QuoteRequest;
import delivery.order.domain.RequestedItem;
import delivery.order.domain.RequestedItem.RequestedOption;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The store's selling rules as the catalog copy applies them. */
class CatalogPricingTest {

    static final LocalTime NOON = LocalTime.of(12, 0);
    final UUID site = UUID.randomUUID();
    final UUID store = UUID.randomUUID();
    final CatalogSlot slot = new CatalogSlot(UUID.randomUUID(), site, LocalTime.of(12, 30), LocalTime.of(12, 40),
            LocalTime.of(13, 0));
    final CatalogStore approved = new CatalogStore(store, "Campus Kimbap", CatalogStoreStatus.APPROVED, Set.of(site),
            LocalTime.of(9, 0), LocalTime.of(21, 0));
    final CatalogProduct bibimbap = new CatalogProduct(UUID.randomUUID(), store, "Bibimbap", 8000, false,
            List.of(new CatalogOption("extra egg", 500, 0, 2), new CatalogOption("rice size", 0, 1, 1)));
    final CatalogProduct tea = new CatalogProduct(UUID.randomUUID(), store, "Barley tea", 1500, false, List.of());
    final CatalogProduct soldOut = new CatalogProduct(UUID.randomUUID(), store, "Tuna kimbap", 4000, true, List.of());
    final Map<UUID, CatalogProduct> menu = Map.of(bibimbap.productId(), bibimbap, tea.productId(), tea,
            soldOut.productId(), soldOut);

    @Test
    void anOrderWithinTheRulesIsPricedLineByLineFromTheMenu() {
        Quote quote = quote(request(
                new RequestedItem(bibimbap.productId(), 2, List.of(new RequestedOption("extra egg", 2),
                        new RequestedOption("rice size", 1))),
                new RequestedItem(tea.productId(), 3, List.of())), approved, slot, NOON);

        assertThat(quote.lines()).containsExactly(
                new OrderLine(bibimbap.productId(), "Bibimbap", 8000, 2, List.of(
                        new OrderLineOption("extra egg", 500, 2), new OrderLineOption("rice size", 0, 1))),
                new OrderLine(tea.productId(), "Barley tea", 1500, 3, List.of()));
        assertThat(quote.totalAmount()).isEqualTo(2 * (8000 + 1000) + 3 * 1500);
        assertThat(quote.answers(request(new RequestedItem(bibimbap.productId(), 2, List.of(
                new RequestedOption("extra egg", 2), new RequestedOption("rice size", 1))),
                new RequestedItem(tea.productId(), 3, List.of())))).isTrue();
    }

    @Test
    void theStoreMustBeApprovedServeTheSiteAndBeOpen() {
        RequestedItem item = new RequestedItem(tea.productId(), 1, List.of());
        assertRefused(() -> quote(request(item), withStatus(CatalogStoreStatus.PENDING_REVIEW), slot, NOON),
                Refusal.CONFLICT, "storeId");
        assertRefused(() -> quote(request(item), withStatus(CatalogStoreStatus.REJECTED), slot, NOON),
                Refusal.CONFLICT, "storeId");
        CatalogStore elsewhere = new CatalogStore(store, "Campus Kimbap", CatalogStoreStatus.APPROVED,
                Set.of(UUID.randomUUID()), null, null);
        assertRefused(() -> quote(request(item), elsewhere, slot, NOON), Refusal.CONFLICT, "siteId");
        assertRefused(() -> quote(request(item), approved, slot, LocalTime.of(8, 59)), Refusal.CONFLICT, "storeId");
        CatalogSlot otherSitesSlot = new CatalogSlot(slot.slotId(), UUID.randomUUID(), LocalTime.of(12, 30), null, null);
        assertRefused(() -> quote(request(item), approved, otherSitesSlot, NOON), Refusal.UNKNOWN, "slotId");
    }

    @Test
    void theSlotTakesOrdersUpToItsDeadline() {
        RequestedItem item = new RequestedItem(tea.productId(), 1, List.of());
        assertThat(quote(request(item), approved, slot, LocalTime.of(12, 30)).totalAmount()).isEqualTo(1500);
        assertRefused(() -> quote(request(item), approved, slot, LocalTime.of(12, 30, 1)), Refusal.CONFLICT, "slotId");
    }

    @Test
    void aStoreIsOpenFromItsOpeningUpToItsClosingTimeAndUnknownHoursNeverCloseIt() {
        assertThat(approved.isOpenAt(LocalTime.of(9, 0))).isTrue();
        assertThat(approved.isOpenAt(LocalTime.of(20, 59, 59))).isTrue();
        assertThat(approved.isOpenAt(LocalTime.of(21, 0))).isFalse();
        assertThat(approved.isOpenAt(LocalTime.of(8, 59))).isFalse();
        assertThat(new CatalogStore(store, null, CatalogStoreStatus.APPROVED, Set.of(site), null, null)
                .isOpenAt(LocalTime.of(3, 0))).isTrue();
    }

    @Test
    void anOptionChosenZeroTimesIsLeftOutWhereItIsOptional() {
        Quote quote = quote(request(new RequestedItem(bibimbap.productId(), 1, List.of(
                new RequestedOption("extra egg", 0), new RequestedOption("rice size", 1)))), approved, slot, NOON);

        assertThat(quote.lines().get(0).options()).containsExactly(new OrderLineOption("rice size", 0, 1));
        assertThat(quote.totalAmount()).isEqualTo(8000);
        assertRefused(() -> quote(request(new RequestedItem(bibimbap.productId(), 1, List.of(
                new RequestedOption("rice size", 0)))), approved, slot, NOON), Refusal.INVALID, "items[0].options[0].quantity");
    }

    @Test
    void theItemsAreCheckedBeforeTheStoreAsTheStoreServiceDoes() {
        RequestedItem tooManyEggs = new RequestedItem(bibimbap.productId(), 1, List.of(
                new RequestedOption("extra egg", 3), new RequestedOption("rice size", 1)));
        assertRefused(() -> quote(request(tooManyEggs), withStatus(CatalogStoreStatus.PENDING_REVIEW), slot, NOON),
                Refusal.INVALID, "items[0].options[0].quantity");
    }

    @Test
    void soldOutProductsAndUnknownOrRepeatedOptionsAreRefusedNamingTheItem() {
        assertRefused(() -> quote(request(new RequestedItem(tea.productId(), 1, List.of()),
                new RequestedItem(soldOut.productId(), 1, List.of())), approved, slot, NOON),
                Refusal.CONFLICT, "items[1].productId");
        assertRefused(() -> quote(request(new RequestedItem(tea.productId(), 1, List.of(
                new RequestedOption("ice", 1)))), approved, slot, NOON), Refusal.INVALID, "items[0].options[0].name");
        assertRefused(() -> quote(request(new RequestedItem(bibimbap.productId(), 1, List.of(
                new RequestedOption("rice size", 1), new RequestedOption("rice size", 1)))), approved, slot, NOON),
                Refusal.INVALID, "items[0].options[1].name");
        assertRefused(() -> quote(request(new RequestedItem(bibimbap.productId(), 1, List.of(
                new RequestedOption("extra egg", 1)))), approved, slot, NOON), Refusal.INVALID, "items[0].options");
    }

    /** Whatever an option's bounds, a chosen quantity is sold exactly when it lies within them. */
    @Property
    void anOptionQuantityIsTakenExactlyWithinItsMinAndMax(@ForAll @IntRange(min = 0, max = 5) int min,
                                                         @ForAll @IntRange(min = 0, max = 5) int span,
                                                         @ForAll @IntRange(min = 0, max = 12) int chosen) {
        int max = min + span;
        CatalogProduct product = new CatalogProduct(UUID.randomUUID(), store, "Tteokbokki", 6000, false,
                List.of(new CatalogOption("cheese", 700, min, max)));
        QuoteRequest request = request(new RequestedItem(product.productId(), 1,
                List.of(new RequestedOption("cheese", chosen))));
        boolean within = chosen >= min && chosen <= max;

        if (within) {
            assertThat(CatalogPricing.quote(request, approved, slot, Map.of(product.productId(), product), NOON)
                    .totalAmount()).isEqualTo(6000 + 700L * chosen);
        } else {
            assertRefused(() -> CatalogPricing.quote(request, approved, slot, Map.of(product.productId(), product), NOON),
                    Refusal.INVALID, "items[0].options[0].quantity");
        }
    }

    @Test
    void whatTheCopyHasNeverHeardOfItCannotVouchFor() {
        RequestedItem item = new RequestedItem(tea.productId(), 1, List.of());
        assertThatThrownBy(() -> quote(request(item), null, slot, NOON)).isInstanceOf(CatalogCannotVouchException.class);
        assertThatThrownBy(() -> quote(request(item), approved, null, NOON))
                .isInstanceOf(CatalogCannotVouchException.class);
        assertThatThrownBy(() -> quote(request(new RequestedItem(UUID.randomUUID(), 1, List.of())), approved, slot, NOON))
                .isInstanceOf(CatalogCannotVouchException.class);
    }

    private CatalogStore withStatus(CatalogStoreStatus status) {
        return new CatalogStore(store, "Campus Kimbap", status, Set.of(site), null, null);
    }

    private QuoteRequest request(RequestedItem... items) {
        return new QuoteRequest(store, site, slot.slotId(), List.of(items));
    }

    private Quote quote(QuoteRequest request, CatalogStore store, CatalogSlot slot, LocalTime now) {
        return CatalogPricing.quote(request, store, slot, menu, now);
    }

    private static void assertRefused(Runnable quoting, Refusal refusal, String field) {
        QuoteRefusedException e = catchThrowableOfType(QuoteRefusedException.class, quoting::run);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.refusal()).isEqualTo(refusal);
        assertThat(e.field()).isEqualTo(field);
    }
}
