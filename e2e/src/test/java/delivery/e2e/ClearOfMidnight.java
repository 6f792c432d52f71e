package delivery.e2e;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The journeys order for the day's last slot (deadline 23:57 at the sites, Asia/Seoul) from stores
 * open until 23:59. A journey that would start in the last minutes of the sites' day waits for the
 * next one, instead of meeting a deadline that passed for real (or a day that turns mid-journey).
 */
class ClearOfMidnight implements BeforeEachCallback {

    static final ZoneId SITES = ZoneId.of("Asia/Seoul");
    private static final LocalTime LAST_START = LocalTime.of(23, 54);

    @Override
    public void beforeEach(ExtensionContext context) throws InterruptedException {
        ZonedDateTime now = ZonedDateTime.now(SITES);
        if (!now.toLocalTime().isBefore(LAST_START)) {
            ZonedDateTime nextDay = now.toLocalDate().plusDays(1).atStartOfDay(SITES).plusSeconds(5);
            Duration wait = Duration.between(now, nextDay);
            System.out.printf("%s: %s at the sites, the slot's deadline is near; waiting %d s for the next day%n",
                    context.getDisplayName(), now.toLocalTime(), wait.toSeconds());
            Thread.sleep(wait.toMillis());
        }
    }
}
