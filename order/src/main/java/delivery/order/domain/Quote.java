package delivery.order.domain;

import java.util.List;
import java.util.UUID;

/**
 * A request checked and priced, line by line in the order of the request. The lines are what
 * the order is sold at; a total that does not add up from them is refused, since the order's
 * total is always its lines' sum.
 */
public record Quote(UUID storeId, UUID siteId, UUID slotId, List<OrderLine> lines, long totalAmount) {

    public Quote {
        Require.present("storeId", storeId);
        Require.present("siteId", siteId);
        Require.present("slotId", slotId);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a quote has at least one line");
        }
        lines = List.copyOf(lines);
        long sum = lines.stream().mapToLong(OrderLine::amount).reduce(0, Money::plus);
        if (sum != totalAmount) {
            throw new IllegalArgumentException("quote total " + totalAmount + " is not the sum of its lines, " + sum);
        }
    }

    /** A quote whose total is its lines' sum. */
    public static Quote of(UUID storeId, UUID siteId, UUID slotId, List<OrderLine> lines) {
        return new Quote(storeId, siteId, slotId, lines,
                lines.stream().mapToLong(OrderLine::amount).reduce(0, Money::plus));
    }

    /** Whether this quote answers the request: the same store, site, slot and items, line by line. */
    public boolean answers(QuoteRequest request) {
        if (!storeId.equals(request.storeId()) || !siteId.equals(request.siteId()) || !slotId.equals(request.slotId())
                || lines.size() != request.items().size()) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            RequestedItem item = request.items().get(i);
            // options chosen 0 times are left out of a line
            if (!line.productId().equals(item.productId()) || line.quantity() != item.quantity()
                    || line.options().size() > item.options().size()) {
                return false;
            }
        }
        return true;
    }
}
