package delivery.billing.application.port.in;

import java.time.Instant;

public interface ExpireVirtualAccountsUseCase {

    /**
     * Rejects up to {@code limit} pending virtual accounts whose expiry is not after {@code asOf};
     * concurrent sweepers claim different rows.
     *
     * @return how many expired
     */
    int expireDue(Instant asOf, int limit);
}
