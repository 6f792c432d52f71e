package delivery.rider.application.port.in;

import delivery.rider.domain.Rider;

import java.util.UUID;

public interface GetRiderQuery {

    /** @throws UnknownIdException when no rider has this id */
    Rider getRider(UUID riderId);
}
