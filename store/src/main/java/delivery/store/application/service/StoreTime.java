package delivery.store.application.service;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The time where the stores are (config {@code store.zone}, default Asia/Seoul): business hours,
 * order deadlines and a ticket's service day are local times there, whatever the server's zone.
 */
@Singleton
public class StoreTime {

    private final Clock clock;
    private final ZoneId zone;

    public StoreTime(Clock clock, @Value("${store.zone:Asia/Seoul}") String zone) {
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalTime timeOfDay(Instant instant) {
        return instant.atZone(zone).toLocalTime();
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
