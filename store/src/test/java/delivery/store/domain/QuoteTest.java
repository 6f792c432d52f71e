package delivery.store.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static delivery.store.domain.Fixtures.MORNING;
import static delivery.store.domain.Fixtures.SITE;
import static delivery.store.domain.Fixtures.approvedStore;
import static delivery.store.domain.Fixtures.lunchSlot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteTest {

    private final Store store = approvedStore();
    private final OrderTimeSlot slot = lunchSlot();
    private final Product kimbap = Product.add(store.id(), "Kimbap", 4_500, List.of(
            new ProductOption("extra egg", 500, 0, 2), new ProductOption("spicy", 0, 0, 1)));
    private final Product coffee = Product.add(store.id(), "Coffee", 3_000, List.of(
            new ProductOption("size", 700, 1, 1)));

    private Quote quote(List<RequestedItem> items, List<Product> products, LocalTime now) {
        return Quote.price(store, SITE, slot, items, products, now);
    }

    private static RequestedItem item(Product product, int quantity, ChosenOption... options) {
        return new RequestedItem(product.id(), quantity, List.of(options));
    }

    @Test
    void aQuotePricesEachUnitWithItsOptions() {
        Quote quote = quote(List.of(item(kimbap, 2, new ChosenOption("extra egg", 2)),
                item(coffee, 1, new ChosenOption("size", 1))), List.of(kimbap, coffee), MORNING);

        assertThat(quote.lines()).containsExactly(
                new QuotedLine(kimbap.id(), "Kimbap", 4_500, 2, List.of(new QuotedOption("extra egg", 500, 2))),
                new QuotedLine(coffee.id(), "Coffee", 3_000, 1, List.of(new QuotedOption("size", 700, 1))));
        assertThat(quote.totalAmount()).isEqualTo(2 * (4_500 + 2 * 500) + (3_000 + 700));
        assertThat(quote.storeId()).isEqualTo(store.id());
        assertThat(quote.slotId()).isEqualTo(slot.id());
    }

    @Test
    void anOptionChosenZeroTimesIsLeftOut() {
        Quote quote = quote(List.of(item(kimbap, 1, new ChosenOption("spicy", 0))), List.of(kimbap), MORNING);
        assertThat(quote.lines().get(0).options()).isEmpty();
        assertThat(quote.totalAmount()).isEqualTo(4_500);
    }

    @Test
    void aMalformedRequestNamesTheField() {
        assertThatThrownBy(() -> Quote.requireWellFormed(List.of())).extracting("field").isEqualTo("items");
        assertThatThrownBy(() -> Quote.requireWellFormed(null)).extracting("field").isEqualTo("items");
        assertThatThrownBy(() -> Quote.requireWellFormed(List.of(item(kimbap, 1), item(coffee, 0))))
                .extracting("field").isEqualTo("items[1].quantity");
        assertThatThrownBy(() -> Quote.requireWellFormed(List.of(new RequestedItem(null, 1, null))))
                .extracting("field").isEqualTo("items[0].productId");
        assertThatThrownBy(() -> Quote.requireWellFormed(List.of(item(kimbap, 1, new ChosenOption("", 1)))))
                .extracting("field").isEqualTo("items[0].options[0].name");
        assertThatThrownBy(() -> Quote.requireWellFormed(List.of(item(kimbap, 1, new ChosenOption("spicy", 1),
                new ChosenOption("extra egg", null))))).extracting("field").isEqualTo("items[0].options[1].quantity");
    }

    @Test
    void optionsMustExistBeChosenOnceAndStayWithinTheirLimits() {
        assertThatThrownBy(() -> quote(List.of(item(kimbap, 1, new ChosenOption("cheese", 1))), List.of(kimbap), MORNING))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("items[0].options[0].name");
        assertThatThrownBy(() -> quote(List.of(item(kimbap, 1), item(kimbap, 1, new ChosenOption("extra egg", 3))),
                List.of(kimbap, kimbap), MORNING))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("items[1].options[0].quantity");
        assertThatThrownBy(() -> quote(List.of(item(kimbap, 1, new ChosenOption("spicy", 1), new ChosenOption("spicy", 1))),
                List.of(kimbap), MORNING)).extracting("field").isEqualTo("items[0].options[1].name");
        assertThatThrownBy(() -> quote(List.of(item(coffee, 1)), List.of(coffee), MORNING))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("items[0].options");
    }

    @Test
    void onlyAnApprovedOpenStoreServingTheSiteSellsBeforeTheDeadline() {
        List<RequestedItem> items = List.of(item(kimbap, 1));
        Store pending = Store.apply("New", UUID.randomUUID(), LocalTime.of(9, 0), LocalTime.of(21, 0), Set.of(SITE), 5,
                new Commission(Commission.Type.FIXED, 500));
        assertThatThrownBy(() -> Quote.price(pending, SITE, slot, items, List.of(kimbap), MORNING))
                .isInstanceOf(UnavailableException.class).extracting("field").isEqualTo("storeId");
        assertThatThrownBy(() -> Quote.price(store, UUID.randomUUID(), slot, items, List.of(kimbap), MORNING))
                .isInstanceOf(UnavailableException.class).extracting("field").isEqualTo("siteId");
        assertThatThrownBy(() -> quote(items, List.of(kimbap), LocalTime.of(8, 59)))
                .isInstanceOf(UnavailableException.class).extracting("field").isEqualTo("storeId");
        assertThatThrownBy(() -> quote(items, List.of(kimbap), LocalTime.of(11, 1)))
                .isInstanceOf(UnavailableException.class).extracting("field").isEqualTo("slotId");
        assertThat(quote(items, List.of(kimbap), LocalTime.of(11, 0)).totalAmount()).isEqualTo(4_500);
        kimbap.markSoldOut(true);
        assertThatThrownBy(() -> quote(List.of(item(coffee, 1, new ChosenOption("size", 1)), item(kimbap, 1)),
                List.of(coffee, kimbap), MORNING))
                .isInstanceOf(UnavailableException.class).extracting("field").isEqualTo("items[1].productId");
    }

    @Test
    void anAmountTooLargeForKrwIsRefusedNotWrapped() {
        Product gold = Product.add(store.id(), "Gold", Long.MAX_VALUE / 2, List.of());
        assertThatThrownBy(() -> quote(List.of(item(gold, 3)), List.of(gold), MORNING))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("items");
    }

    // --- properties ---

    record OptionCase(long price, int min, int max, int chosen) {
    }

    record ItemCase(long price, int quantity, List<OptionCase> options) {
    }

    @Provide
    Arbitrary<List<ItemCase>> orders() {
        Arbitrary<OptionCase> option = Combinators.combine(Arbitraries.longs().between(0, 10_000),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 100))
                .as((price, min, extra, pick) -> new OptionCase(price, min, min + extra, min + pick % (extra + 1)));
        return Combinators.combine(Arbitraries.longs().between(0, 1_000_000), Arbitraries.integers().between(1, 100),
                option.list().ofMaxSize(5)).as(ItemCase::new).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property
    void theTotalIsTheSumOfQuantityTimesUnitPriceAndOptions(@ForAll("orders") List<ItemCase> order) {
        List<RequestedItem> items = new ArrayList<>();
        List<Product> products = new ArrayList<>();
        long expected = 0;
        for (ItemCase itemCase : order) {
            List<ProductOption> options = new ArrayList<>();
            List<ChosenOption> chosen = new ArrayList<>();
            long perUnit = itemCase.price();
            for (int j = 0; j < itemCase.options().size(); j++) {
                OptionCase o = itemCase.options().get(j);
                options.add(new ProductOption("option " + j, o.price(), o.min(), o.max()));
                chosen.add(new ChosenOption("option " + j, o.chosen()));
                perUnit += o.price() * o.chosen();
            }
            expected += itemCase.quantity() * perUnit;
            Product product = Product.add(store.id(), "product", itemCase.price(), options);
            products.add(product);
            items.add(new RequestedItem(product.id(), itemCase.quantity(), chosen));
        }

        Quote quote = quote(items, products, MORNING);

        assertThat(quote.totalAmount()).isEqualTo(expected);
        assertThat(quote.lines()).hasSameSizeAs(order);
        assertThat(quote.totalAmount()).isEqualTo(quote.lines().stream().mapToLong(QuotedLine::amount).sum());
        for (int i = 0; i < order.size(); i++) {
            assertThat(quote.lines().get(i).quantity()).isEqualTo(order.get(i).quantity());
            assertThat(quote.lines().get(i).options()).allMatch(option -> option.quantity() > 0)
                    .hasSize((int) order.get(i).options().stream().filter(o -> o.chosen() > 0).count());
        }
    }

    @Property
    void anOptionQuantityIsAcceptedExactlyWithinItsLimits(@ForAll @IntRange(max = 10) int min,
                                                          @ForAll @IntRange(max = 10) int extra,
                                                          @ForAll @IntRange(min = -5, max = 30) int chosen) {
        int max = min + extra;
        Product product = Product.add(store.id(), "Bowl", 8_000, List.of(new ProductOption("topping", 1_000, min, max)));
        List<RequestedItem> items = List.of(new RequestedItem(product.id(), 2,
                Collections.singletonList(new ChosenOption("topping", chosen))));
        if (chosen >= min && chosen <= max) {
            assertThat(quote(items, List.of(product), MORNING).totalAmount()).isEqualTo(2 * (8_000 + 1_000L * chosen));
        } else {
            assertThatThrownBy(() -> quote(items, List.of(product), MORNING))
                    .isInstanceOf(InvalidValueException.class)
                    .extracting("field").isEqualTo("items[0].options[0].quantity");
        }
    }
}
