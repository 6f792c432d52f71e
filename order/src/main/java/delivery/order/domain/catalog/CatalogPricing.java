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

/**
 * The store's rules for selling, applied to the order service's copy of its catalog when the
 * store service cannot be asked: the store is approved and open, serves the site, the slot is
 * one of the site's and its deadline has not passed, products are not sold out, options exist
 * and stay within their min and max. What the copy has never heard of it cannot vouch for:
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
        if (store.status() != CatalogStoreStatus.APPROVED) {
            throw new QuoteRefusedException(CONFLICT, "storeId", store.status() == CatalogStoreStatus.REJECTED
                    ? "store " + store.storeId() + " was rejected and does not sell"
                    : "store " + store.storeId() + " is not approved yet");
        }
        if (!store.siteIds().contains(request.siteId())) {
            throw new QuoteRefusedException(CONFLICT, "siteId",
                    "store " + store.storeId() + " does not deliver to site " + request.siteId());
        }
        if (slot == null) {
            throw new CatalogCannotVouchException("the catalog copy does not know slot " + request.slotId());
        }
        if (!slot.siteId().equals(request.siteId())) {
            throw new QuoteRefusedException(CONFLICT, "slotId",
                    "slot " + slot.slotId() + " is not a slot of site " + request.siteId());
        }
        if (!store.isOpenAt(now)) {
            throw new QuoteRefusedException(CONFLICT, "storeId", "store " + store.storeId() + " is closed now; it opens "
                    + store.openTime() + " to " + store.closeTime());
        }
        if (now.isAfter(slot.orderDeadline())) {
            throw new QuoteRefusedException(CONFLICT, "slotId",
                    "the order deadline of slot " + slot.slotId() + " (" + slot.orderDeadline() + ") has passed");
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            lines.add(line("items[" + i + "]", request.items().get(i), products));
        }
        return Quote.of(request.storeId(), request.siteId(), request.slotId(), lines);
    }

    private static OrderLine line(String field, RequestedItem item, Map<UUID, CatalogProduct> products) {
        CatalogProduct product = products.get(item.productId());
        if (product == null) {
            throw new CatalogCannotVouchException("the catalog copy does not know product " + item.productId());
        }
        if (product.soldOut()) {
            throw new QuoteRefusedException(CONFLICT, field + ".productId", product.name() + " is sold out");
        }
        if (item.quantity() < 1) {
            throw new QuoteRefusedException(INVALID, field + ".quantity", field + ".quantity must be at least 1");
        }
        List<OrderLineOption> options = new ArrayList<>();
        Set<String> chosen = new HashSet<>();
        for (int j = 0; j < item.options().size(); j++) {
            String optionField = field + ".options[" + j + "]";
            RequestedOption requested = item.options().get(j);
            CatalogOption option = product.option(requested.name()).orElseThrow(() -> new QuoteRefusedException(
                    INVALID, optionField + ".name", product.name() + " has no option " + requested.name()));
            if (!chosen.add(option.name())) {
                throw new QuoteRefusedException(INVALID, optionField + ".name",
                        "option " + option.name() + " is chosen more than once");
            }
            if (requested.quantity() < Math.max(1, option.min()) || requested.quantity() > option.max()) {
                throw new QuoteRefusedException(INVALID, optionField + ".quantity", "option " + option.name() + " of "
                        + product.name() + " takes " + Math.max(1, option.min()) + " to " + option.max()
                        + " per unit, not " + requested.quantity());
            }
            options.add(new OrderLineOption(option.name(), option.price(), requested.quantity()));
        }
        for (CatalogOption option : product.options()) {
            if (option.min() > 0 && !chosen.contains(option.name())) {
                throw new QuoteRefusedException(INVALID, field + ".options", product.name() + " needs option "
                        + option.name() + " at least " + option.min() + " times per unit");
            }
        }
        return new OrderLine(product.productId(), product.name(), product.price(), item.quantity(), options);
    }
}
