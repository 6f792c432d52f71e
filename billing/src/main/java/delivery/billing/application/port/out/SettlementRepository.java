package delivery.billing.application.port.out;

import delivery.billing.domain.SettlementEntry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public interface SettlementRepository {

    /** @return false for a second booking of one order (the database allows one), true otherwise */
    boolean book(SettlementEntry entry);

    List<SettlementEntry> entriesOf(UUID storeId, Instant from, Instant to);
}
