package delivery.billing.adapters.in.web;

import delivery.billing.application.port.in.GetPointBalanceQuery;
import delivery.billing.domain.PointBalance;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

@Controller("/api/points")
@ExecuteOn(TaskExecutors.BLOCKING)
class PointsController {

    private final GetPointBalanceQuery getPointBalance;

    PointsController(GetPointBalanceQuery getPointBalance) {
        this.getPointBalance = getPointBalance;
    }

    @Get("/{customerId}")
    PointBalanceResponse balance(@PathVariable UUID customerId) {
        PointBalance balance = getPointBalance.getPointBalance(customerId);
        return new PointBalanceResponse(balance.customerId(), balance.balance());
    }

    @Serdeable
    record PointBalanceResponse(UUID customerId, long balance) {
    }
}
