package delivery.billing.domain;

import java.util.List;
import java.util.UUID;

/**
 * A store's settlement for a period: orderCount delivered orders, their gross, the commission (the
 * sum of each order's commission, each rounded on its own, see {@link Commission}), the deductions
 * for store-fault omissions, and payout = gross − commission − deductions, but never below 0
 * (deductions beyond what the store earned in the period are not carried over as a debt here).
 */
public record Settlement(UUID storeId, long orderCount, long gross, long commission, long deductions, long payout) {

    public static Settlement of(UUID storeId, List<SettlementEntry> entries) {
        long orders = 0;
        long gross = 0;
        long commission = 0;
        long deductions = 0;
        for (SettlementEntry entry : entries) {
            if (entry.kind() == SettlementEntry.Kind.BOOKING) {
                orders++;
            }
            gross = Money.plus(gross, entry.gross());
            commission = Money.plus(commission, entry.commission());
            deductions = Money.plus(deductions, entry.deduction());
        }
        long payout = Math.max(0, gross - commission - deductions);
        return new Settlement(storeId, orders, gross, commission, deductions, payout);
    }
}
