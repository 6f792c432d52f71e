package delivery.rider.application.port.out;

import delivery.rider.domain.Rider;

import java.util.Optional;
import java.util.UUID;

public interface RiderRepository {

    void insert(Rider rider);

    void update(Rider rider);

    Optional<Rider> findById(UUID riderId);

    /** Loads the rider locked for update until the transaction ends. */
    Optional<Rider> lockById(UUID riderId);
}
