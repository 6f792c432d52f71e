package delivery.order.application.port.out;

import java.util.Optional;
import java.util.UUID;

/** The idempotency keys of placements: each key names one order and the request that placed it. */
public interface IdempotencyKeys {

    record KeyedPlacement(String key, String requestFingerprint, UUID orderId) {
    }

    Optional<KeyedPlacement> find(String key);

    /**
     * Claims the key for the order in the caller's transaction; the order must be stored in the
     * same transaction. A concurrent claim of the same key waits for this one to end.
     *
     * @return false when the key is already taken (nothing is written then)
     */
    boolean claim(KeyedPlacement placement);
}
