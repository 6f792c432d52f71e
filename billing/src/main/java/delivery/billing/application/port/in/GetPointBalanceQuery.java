package delivery.billing.application.port.in;

import delivery.billing.domain.PointBalance;

import java.util.UUID;

public interface GetPointBalanceQuery {

    PointBalance getPointBalance(UUID customerId);
}
