package delivery.order.domain.catalog;

import delivery.order.domain.OrderLine;
import delivery.order.domain.OrderLineOption;
import delivery.order.domain.Quote;
import delivery.order.domain.QuoteRefusedException;
import delivery.order.domain.QuoteRequest;
import delivery.order.domain.RequestedItem;
import delivery.order.domain.RequestedItem.RequestedOption;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static delivery.order.domain.QuoteRefusedException.Refusal.CONFLICT;
import static delivery.order.domain.QuoteRefusedException.Refusal.INVALID;
import static delivery.order.domain.QuoteRefusedException.Refusal.UNKNOWN;

/**
 * The store's rules for selling (as the store service applies them to a quote, in the same
 * order and naming the same fields), applied to the order service's copy of its catalog when
 * the store service cannot be asked: options exist and stay within their min and max, the store
 * is approved, serves the site and is open, the slot is one of the site's and its deadline has
 * not passed, products are not sold out. What the copy has never heard of it cannot vouch for:
 * that is a {@link CatalogCannotVouchException}, never a refusal.
 */
public final class CatalogPricing {

    private CatalogPricing() {
    }

    /**
     * @param store    the store, or null when the copy does not know it
     * @param slot     the slot, or null when the copy does not know it
     * @param products the store's products by id, from its last menu snapshot
     * @param now      the time of day at the store's zone
     */
    public static Quote quote(QuoteRequest request, CatalogStore store, CatalogSlot slot,
                              Map<UUID, CatalogProduct> products, LocalTime now) {
        if (store == null) {
            throw new CatalogCannotVouchException("the catalog copy does not know store " + request.storeId());
        }
        if (slot == null) {
            throw new CatalogCannotVouchException("the catalog copy does not know slot " + request.slotId());
        }
        if (!slot.siteId().equals(request.siteId())) {
            throw new QuoteRefusedException(UNKNOWN, "slotId",
                    "unknown slot of site " + request.siteId() + " " + slot.slotId());
        }
        // in the store's order: the items, then the store, the site, the hours, the deadline, what is sold out
        List<OrderLine> lines = new ArrayList<>();
        List<CatalogProduct> sold = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            RequestedItem item = request.items().get(i);
            CatalogProduct product = products.get(item.productId());
            if (product == null) {
                throw new CatalogCannotVouchException("the catalog copy does not know product " + item.productId());
            }
            lines.add(line("items[" + i + "]", item, product));
            sold.add(product);
        }
        if (store.status() != CatalogStoreStatus.APPROVED) {
            throw new QuoteRefusedException(CONFLICT, "storeId",
                    "store " + store.storeId() + " is " + store.status() + ", not selling");
        }
        if (!store.siteIds().contains(request.siteId())) {
            throw new QuoteRefusedException(CONFLICT, "siteId",
                    "store " + store.storeId() + " does not deliver to site " + request.siteId());
        }
        if (!store.isOpenAt(now)) {
            throw new QuoteRefusedException(CONFLICT, "storeId", "store " + store.storeId() + " is closed now; it opens "
                    + store.openTime() + " to " + store.closeTime());
        }
        if (now.isAfter(slot.orderDeadline())) {
            throw new QuoteRefusedException(CONFLICT, "slotId",
                    "the slot's order deadline " + slot.orderDeadline() + " has passed");
        }
        for (int i = 0; i < sold.size(); i++) {
            if (sold.get(i).soldOut()) {
                throw new QuoteRefusedException(CONFLICT, "items[" + i + "].productId", sold.get(i).name() + " is sold out");
            }
        }
        return Quote.of(request.storeId(), request.siteId(), request.slotId(), lines);
    }

    /**
     * Every option with a minimum must be chosen; a choice of 0 is allowed where the minimum is 0
     * and leaves the option out of the line.
     */
    private static OrderLine line(String field, RequestedItem item, CatalogProduct product) {
        if (item.quantity() < 1) {
            throw new QuoteRefusedException(INVALID, field + ".quantity", field + ".quantity must be at least 1");
        }
        List<OrderLineOption> options = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        for (int j = 0; j < item.options().size(); j++) {
            String optionField = field + ".options[" + j + "]";
            RequestedOption requested = item.options().get(j);
            CatalogOption option = product.option(requested.name()).orElseThrow(() -> new QuoteRefusedException(
                    INVALID, optionField + ".name", product.name() + " has no option '" + requested.name() + "'"));
            if (!chosen.add(option.name())) {
                throw new QuoteRefusedException(INVALID, optionField + ".name",
                        "option '" + option.name() + "' is chosen twice");
            }
            if (requested.quantity() < option.min() || requested.quantity() > option.max()) {
                throw new QuoteRefusedException(INVALID, optionField + ".quantity", "option '" + option.name()
                        + "' takes " + option.min() + " to " + option.max() + " per unit, not " + requested.quantity());
            }
            if (requested.quantity() > 0) {
                options.add(new OrderLineOption(option.name(), option.price(), requested.quantity()));
            }
        }
        for (CatalogOption option : product.options()) {
            if (option.min() > 0 && !chosen.contains(option.name())) {
                throw new QuoteRefusedException(INVALID, field + ".options", product.name() + " needs at least "
                        + option.min() + " of option '" + option.name() + "'");
            }
        }
        return new OrderLine(product.productId(), product.name(), product.price(), item.quantity(), options);
    }
}
