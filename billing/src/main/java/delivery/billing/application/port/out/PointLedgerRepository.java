package delivery.billing.application.port.out;

import java.util.UUID;

public interface PointLedgerRepository {

    /** @return the sum of the customer's ledger entries, 0 without entries */
    long balanceOf(UUID customerId);
}
