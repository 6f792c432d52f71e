package delivery.store.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductTest {

    private static final UUID STORE = UUID.randomUUID();

    @Test
    void aNewProductIsOnSaleWithItsOptions() {
        Product product = Product.add(STORE, "Kimbap", 4_500, List.of(new ProductOption("extra egg", 500, 0, 2)));
        assertThat(product.soldOut()).isFalse();
        assertThat(product.options()).containsExactly(new ProductOption("extra egg", 500, 0, 2));
        assertThat(product.menuItem()).isEqualTo(new MenuChanged.MenuItem(product.id(), "Kimbap", 4_500, false,
                product.options()));
    }

    @Test
    void optionNamesAreUniqueWithinAProduct() {
        assertThatThrownBy(() -> Product.add(STORE, "Kimbap", 4_500, List.of(new ProductOption("egg", 500, 0, 1),
                new ProductOption("egg", 300, 0, 1))))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("options[1].name");
    }

    @Test
    void everyMissingOrWrongOptionValueIsNamedByItsIndex() {
        assertThatThrownBy(() -> ProductOption.of(2, "egg", null, 0, 1)).extracting("field").isEqualTo("options[2].price");
        assertThatThrownBy(() -> ProductOption.of(0, "egg", 1L, null, 1)).extracting("field").isEqualTo("options[0].min");
        assertThatThrownBy(() -> ProductOption.of(0, "egg", 1L, 0, null)).extracting("field").isEqualTo("options[0].max");
        assertThatThrownBy(() -> ProductOption.of(1, " ", 1L, 0, 1)).extracting("field").isEqualTo("options[1].name");
        assertThatThrownBy(() -> ProductOption.of(0, "egg", -1L, 0, 1)).extracting("field").isEqualTo("options[0].price");
        assertThatThrownBy(() -> ProductOption.of(0, "egg", 1L, 3, 2)).extracting("field").isEqualTo("options[0].max");
        assertThat(ProductOption.of(0, "egg", 0L, 2, 2)).isEqualTo(new ProductOption("egg", 0, 2, 2));
    }

    @Test
    void aProductHasANameAPriceOfZeroOrMoreAndAtMostFiftyOptions() {
        assertThatThrownBy(() -> Product.add(STORE, "", 100, List.of())).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> Product.add(STORE, "Tea", -1, List.of())).extracting("field").isEqualTo("price");
        assertThat(Product.add(STORE, "Water", 0, null).options()).isEmpty();
        List<ProductOption> many = java.util.stream.IntStream.range(0, 51)
                .mapToObj(i -> new ProductOption("o" + i, 0, 0, 1)).toList();
        assertThatThrownBy(() -> Product.add(STORE, "Bowl", 100, many)).extracting("field").isEqualTo("options");
    }

    @Test
    void changesSayWhetherAnythingChanged() {
        Product product = Product.add(STORE, "Kimbap", 4_500, List.of());
        assertThat(product.markSoldOut(false)).isFalse();
        assertThat(product.markSoldOut(true)).isTrue();
        assertThat(product.soldOut()).isTrue();
        assertThat(product.rename("Kimbap")).isFalse();
        assertThat(product.rename("Tuna kimbap")).isTrue();
        assertThat(product.reprice(4_500)).isFalse();
        assertThat(product.reprice(5_000)).isTrue();
        assertThat(product.name()).isEqualTo("Tuna kimbap");
        assertThat(product.price()).isEqualTo(5_000);
        assertThatThrownBy(() -> product.reprice(-5)).extracting("field").isEqualTo("price");
        assertThatThrownBy(() -> product.rename(" ")).extracting("field").isEqualTo("name");
        assertThat(product.price()).isEqualTo(5_000);
    }

    @Property
    void anOptionIsValidExactlyWhenItsLimitsAreOrderedAndNotNegative(
            @ForAll @IntRange(min = -3, max = 10) int min, @ForAll @IntRange(min = -3, max = 10) int max,
            @ForAll @LongRange(min = -2, max = 5) long price) {
        boolean valid = min >= 0 && min <= max && price >= 0;
        if (valid) {
            ProductOption option = ProductOption.of(0, "size", price, min, max);
            assertThat(Product.add(STORE, "Coffee", 3_000, List.of(option)).options()).containsExactly(option);
        } else {
            assertThatThrownBy(() -> ProductOption.of(0, "size", price, min, max))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> Product.add(STORE, "Coffee", 3_000,
                    Collections.singletonList(new ProductOption("size", price, min, max))))
                    .isInstanceOf(InvalidValueException.class);
        }
    }
}
