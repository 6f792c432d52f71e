package delivery.billing.application.port.out;

import java.util.UUID;

public interface PointLedgerRepository {

    enum Kind { SPEND, RESTORE, EARN, CLAWBACK }

    /** @return the sum of the customer's ledger entries, 0 without entries */
    long balanceOf(UUID customerId);

    /** Holds the customer's points until the transaction ends, so two orders cannot spend them twice. */
    void lockBalance(UUID customerId);

    /**
     * Writes the order's entry of this kind; the database keeps one entry of each kind per order.
     *
     * @return false when the order already has one
     */
    boolean record(UUID customerId, UUID orderId, Kind kind, long delta, String reason);

    /** The delta of the order's entry of this kind, 0 without one. */
    long entryOf(UUID orderId, Kind kind);
}
