package delivery.billing.application.service;

import delivery.billing.application.port.in.GetPointBalanceQuery;
import delivery.billing.application.port.out.PointLedgerRepository;
import delivery.billing.domain.PointBalance;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

@Singleton
public class PointsService implements GetPointBalanceQuery {

    private final PointLedgerRepository ledger;

    public PointsService(PointLedgerRepository ledger) {
        this.ledger = ledger;
    }

    @Override
    @Transactional(readOnly = true)
    public PointBalance getPointBalance(UUID customerId) {
        return new PointBalance(customerId, ledger.balanceOf(customerId));
    }
}
