package delivery.store.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A product on a store's menu, with its price in KRW, its options and whether it is sold out. */
public final class Product {

    static final int MAX_OPTIONS = 50;

    private final UUID id;
    private final UUID storeId;
    private String name;
    private long price;
    private boolean soldOut;
    private final List<ProductOption> options;

    private Product(UUID id, UUID storeId, String name, long price, boolean soldOut, List<ProductOption> options) {
        this.id = Objects.requireNonNull(id);
        this.storeId = Objects.requireNonNull(storeId);
        this.options = List.copyOf(options == null ? List.of() : options);
        checkName(name);
        checkPrice(price);
        checkOptions(this.options);
        this.name = name;
        this.price = price;
        this.soldOut = soldOut;
    }

    public static Product add(UUID storeId, String name, long price, List<ProductOption> options) {
        return new Product(UUID.randomUUID(), storeId, name, price, false, options);
    }

    public static Product restore(UUID id, UUID storeId, String name, long price, boolean soldOut,
                                  List<ProductOption> options) {
        return new Product(id, storeId, name, price, soldOut, options);
    }

    /** @return whether anything changed */
    public boolean markSoldOut(boolean soldOut) {
        boolean changed = this.soldOut != soldOut;
        this.soldOut = soldOut;
        return changed;
    }

    /** @return whether anything changed */
    public boolean rename(String name) {
        checkName(name);
        boolean changed = !this.name.equals(name);
        this.name = name;
        return changed;
    }

    /** @return whether anything changed */
    public boolean reprice(long price) {
        checkPrice(price);
        boolean changed = this.price != price;
        this.price = price;
        return changed;
    }

    /**
     * Prices {@code quantity} units of this product, each with the chosen options, for item
     * {@code index} of a quote. Every option with a minimum must be chosen; a choice of 0 is
     * allowed where the minimum is 0 and leaves the option out of the line.
     */
    QuotedLine quote(int index, int quantity, List<ChosenOption> chosen) {
        String item = "items[" + index + "]";
        List<QuotedOption> quoted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < chosen.size(); j++) {
            ChosenOption choice = chosen.get(j);
            String field = item + ".options[" + j + "]";
            ProductOption option = option(choice.name());
            if (option == null) {
                throw new InvalidValueException(field + ".name", name + " has no option '" + choice.name() + "'");
            }
            if (!seen.add(option.name())) {
                throw new InvalidValueException(field + ".name", "option '" + option.name() + "' is chosen twice");
            }
            if (!option.allows(choice.quantity())) {
                throw new InvalidValueException(field + ".quantity", "option '" + option.name() + "' takes "
                        + option.min() + " to " + option.max() + " per unit, not " + choice.quantity());
            }
            if (choice.quantity() > 0) {
                quoted.add(new QuotedOption(option.name(), option.price(), choice.quantity()));
            }
        }
        for (ProductOption option : options) {
            if (option.min() > 0 && !seen.contains(option.name())) {
                throw new InvalidValueException(item + ".options", name + " needs at least " + option.min()
                        + " of option '" + option.name() + "'");
            }
        }
        return new QuotedLine(id, name, price, quantity, quoted);
    }

    public MenuChanged.MenuItem menuItem() {
        return new MenuChanged.MenuItem(id, name, price, soldOut, options);
    }

    private ProductOption option(String optionName) {
        return options.stream().filter(option -> option.name().equals(optionName)).findFirst().orElse(null);
    }

    private static void checkName(String name) {
        Require.text("name", name, 100);
    }

    private static void checkPrice(long price) {
        if (price < 0) {
            throw new InvalidValueException("price", "price must not be negative");
        }
    }

    private static void checkOptions(List<ProductOption> options) {
        if (options.size() > MAX_OPTIONS) {
            throw new InvalidValueException("options", "a product has at most " + MAX_OPTIONS + " options");
        }
        Set<String> names = new HashSet<>();
        for (int j = 0; j < options.size(); j++) {
            ProductOption option = options.get(j);
            option.check(j);
            if (!names.add(option.name())) {
                throw new InvalidValueException("options[" + j + "].name",
                        "option names are unique within a product; '" + option.name() + "' comes twice");
            }
        }
    }

    public UUID id() { return id; }
    public UUID storeId() { return storeId; }
    public String name() { return name; }
    public long price() { return price; }
    public boolean soldOut() { return soldOut; }
    public List<ProductOption> options() { return options; }
}
