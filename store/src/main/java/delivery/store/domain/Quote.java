package delivery.store.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an order would cost at this store now, and the store's word that it can be taken:
 * store approved and open, site served, slot still taking orders, products on sale, options
 * within their limits. Quoting changes nothing.
 */
public record Quote(UUID storeId, UUID siteId, UUID slotId, List<QuotedLine> lines, long totalAmount) {

    public Quote {
        lines = List.copyOf(lines);
    }

    /** The checks that need nothing but the request: at least one item, each with a product and a quantity of 1 or more. */
    public static void requireWellFormed(List<RequestedItem> items) {
        if (items == null || items.isEmpty()) {
            throw new InvalidValueException("items", "an order has at least one item");
        }
        for (int i = 0; i < items.size(); i++) {
            RequestedItem item = items.get(i);
            String field = "items[" + i + "]";
            if (item == null || item.productId() == null) {
                throw new InvalidValueException(field + ".productId", field + ".productId is required");
            }
            if (item.quantity() == null || item.quantity() < 1) {
                throw new InvalidValueException(field + ".quantity", field + ".quantity must be at least 1");
            }
            for (int j = 0; j < item.options().size(); j++) {
                ChosenOption option = item.options().get(j);
                String optionField = field + ".options[" + j + "]";
                if (option == null || option.name() == null || option.name().isBlank()) {
                    throw new InvalidValueException(optionField + ".name", optionField + ".name is required");
                }
                if (option.quantity() == null) {
                    throw new InvalidValueException(optionField + ".quantity", optionField + ".quantity is required");
                }
            }
        }
    }

    /**
     * Prices a well-formed request whose ids are all known.
     *
     * @param products the product of each item, in the items' order
     * @param now      the time of day where the store is
     */
    public static Quote price(Store store, UUID siteId, OrderTimeSlot slot, List<RequestedItem> items,
                              List<Product> products, LocalTime now) {
        requireWellFormed(items);
        if (products.size() != items.size()) {
            throw new IllegalArgumentException("one product per item expected");
        }
        List<QuotedLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RequestedItem item = items.get(i);
            lines.add(products.get(i).quote(i, item.quantity(), item.options()));
        }
        if (store.status() != StoreStatus.APPROVED) {
            throw new UnavailableException("storeId", "store " + store.id() + " is " + store.status() + ", not selling");
        }
        if (!store.siteIds().contains(siteId)) {
            throw new UnavailableException("siteId", store.name() + " does not deliver to site " + siteId);
        }
        if (!store.isOpenAt(now)) {
            throw new UnavailableException("storeId", store.name() + " is closed now; it opens " + store.openTime()
                    + " to " + store.closeTime());
        }
        if (!slot.acceptsOrdersAt(now)) {
            throw new UnavailableException("slotId", "the slot's order deadline " + slot.orderDeadline() + " has passed");
        }
        for (int i = 0; i < items.size(); i++) {
            if (products.get(i).soldOut()) {
                throw new UnavailableException("items[" + i + "].productId", products.get(i).name() + " is sold out");
            }
        }
        long total = 0;
        for (QuotedLine line : lines) {
            total = Money.plus(total, line.amount());
        }
        return new Quote(store.id(), siteId, slot.id(), lines, total);
    }
}
