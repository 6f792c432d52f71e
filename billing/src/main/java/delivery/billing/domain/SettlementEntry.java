package delivery.billing.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a store's settlement: a BOOKING for a delivered order (its gross and commission) or a
 * DEDUCTION for what the store failed to deliver (a store-fault omission refunded to the customer).
 */
public record SettlementEntry(UUID id, UUID storeId, UUID orderId, Kind kind, long gross, long commission,
                              long deduction, Instant bookedAt) {

    public enum Kind { BOOKING, DEDUCTION }

    public SettlementEntry {
        if (gross < 0 || commission < 0 || deduction < 0 || commission > gross) {
            throw new IllegalArgumentException("settlement amounts are non-negative and commission <= gross");
        }
        if (kind == Kind.BOOKING ? deduction != 0 : gross != 0 || commission != 0) {
            throw new IllegalArgumentException("a booking has no deduction, a deduction no gross or commission");
        }
    }

    public static SettlementEntry booking(UUID storeId, UUID orderId, long gross, Commission terms, Instant at) {
        return new SettlementEntry(UUID.randomUUID(), storeId, orderId, Kind.BOOKING, gross, terms.on(gross), 0, at);
    }

    public static SettlementEntry deduction(UUID storeId, UUID orderId, long deduction, Instant at) {
        return new SettlementEntry(UUID.randomUUID(), storeId, orderId, Kind.DEDUCTION, 0, 0, deduction, at);
    }

    public SettlementBooked booked() {
        return new SettlementBooked(orderId, storeId, gross, commission, deduction);
    }
}
