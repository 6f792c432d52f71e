package delivery.billing.application.port.in;

import delivery.billing.domain.Settlement;

import java.time.Instant;
import java.util.UUID;

public interface GetSettlementQuery {

    /** Entries booked in [from, to). */
    Settlement settlement(UUID storeId, Instant from, Instant to);
}
