package delivery.billing.adapters.in.web;

import delivery.billing.application.port.in.GetSettlementQuery;
import delivery.billing.domain.InvalidValueException;
import delivery.billing.domain.Settlement;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A store's settlement for a period. {@code from} and {@code to} are instants
 * ({@code 2030-01-31T15:00:00Z}, the period is [from, to)) or dates ({@code 2030-02-01}, whole days
 * in the platform's zone {@code billing.settlement.zone}, Asia/Seoul by default, both days included).
 */
@Controller("/api/settlements")
@ExecuteOn(TaskExecutors.BLOCKING)
class SettlementController {

    private final GetSettlementQuery getSettlement;
    private final ZoneId zone;

    SettlementController(GetSettlementQuery getSettlement,
                         @Value("${billing.settlement.zone:Asia/Seoul}") String zone) {
        this.getSettlement = getSettlement;
        this.zone = ZoneId.of(zone);
    }

    @Get
    SettlementResponse settlement(@QueryValue UUID storeId, @QueryValue String from, @QueryValue String to) {
        Instant start = bound("from", from, false);
        Instant end = bound("to", to, true);
        if (end.isBefore(start)) {
            throw new InvalidValueException("to", "to must not be before from");
        }
        Settlement settlement = getSettlement.settlement(storeId, start, end);
        return new SettlementResponse(settlement.storeId(), settlement.orderCount(), settlement.gross(),
                settlement.commission(), settlement.deductions(), settlement.payout());
    }

    private Instant bound(String field, String text, boolean end) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidValueException(field,
                    field + " must be a date (2030-02-01) or an instant (2030-01-31T15:00:00Z), was " + text);
        }
    }

    @Serdeable
    record SettlementResponse(UUID storeId, long orderCount, long gross, long commission, long deductions,
                              long payout) {
    }
}
