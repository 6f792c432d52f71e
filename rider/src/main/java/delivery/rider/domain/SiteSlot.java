package delivery.rider.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One slot of one site on one service date: the unit dispatch gives to exactly one rider. */
public record SiteSlot(UUID siteId, UUID slotId, LocalDate serviceDate) {

    public SiteSlot {
        Require.present("siteId", siteId);
        Require.present("slotId", slotId);
        Require.present("serviceDate", serviceDate);
    }
}
