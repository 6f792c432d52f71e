package delivery.order;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The service's clock, in the zone of its stores and sites ({@code order.zone}): a slot's order
 * deadline and a store's business hours are times of day there. Instants are the same in any zone.
 */
@Factory
class OrderClock {

    @Singleton
    Clock clock(@Value("${order.zone:Asia/Seoul}") ZoneId zone) {
        return Clock.system(zone);
    }
}
