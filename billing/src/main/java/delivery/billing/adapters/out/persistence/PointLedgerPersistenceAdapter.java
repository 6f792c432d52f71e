package delivery.billing.adapters.out.persistence;

import delivery.billing.application.port.out.PointLedgerRepository;
import jakarta.inject.Singleton;

import java.util.UUID;

@Singleton
class PointLedgerPersistenceAdapter implements PointLedgerRepository {

    private final JdbcRepositories.PointLedgerRows ledger;

    PointLedgerPersistenceAdapter(JdbcRepositories.PointLedgerRows ledger) {
        this.ledger = ledger;
    }

    @Override
    public long balanceOf(UUID customerId) {
        return ledger.sumOfDeltas(customerId);
    }
}
