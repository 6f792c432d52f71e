package delivery.store.domain;

import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/** Stores and slots for the domain tests: an approved store open 09:00–21:00 on one site, a slot closing at 11:00. */
final class Fixtures {

    static final UUID SITE = UUID.randomUUID();
    static final LocalTime MORNING = LocalTime.of(10, 0);

    private Fixtures() {
    }

    static Store approvedStore() {
        Store store = Store.apply("Campus Kimbap", UUID.randomUUID(), LocalTime.of(9, 0), LocalTime.of(21, 0),
                Set.of(SITE), 20, new Commission(Commission.Type.RATE, 1_000));
        store.approve();
        return store;
    }

    static OrderTimeSlot lunchSlot() {
        return OrderTimeSlot.open(SITE, LocalTime.of(11, 0), LocalTime.of(11, 30), LocalTime.of(12, 0));
    }
}
