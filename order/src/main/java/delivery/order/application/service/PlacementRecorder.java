package delivery.order.application.service;

import delivery.order.application.port.in.IdempotencyKeyReusedException;
import delivery.order.application.port.out.IdempotencyKeys;
import delivery.order.application.port.out.IdempotencyKeys.KeyedPlacement;
import delivery.order.application.port.out.OrderEventPublisher;
import delivery.order.application.port.out.OrderRepository;
import delivery.order.domain.Order;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The transactions of a placement: writes a placed order with its idempotency key and its
 * {@code order.placed} event, all or nothing, and finds the order an idempotency key placed.
 */
@Singleton
public class PlacementRecorder {

    private final OrderRepository orders;
    private final IdempotencyKeys keys;
    private final OrderEventPublisher events;

    public PlacementRecorder(OrderRepository orders, IdempotencyKeys keys, OrderEventPublisher events) {
        this.orders = orders;
        this.keys = keys;
        this.events = events;
    }

    /**
     * The order placed earlier under the key, if any.
     *
     * @throws IdempotencyKeyReusedException when the key was used for a request with another fingerprint
     */
    @Transactional(readOnly = true)
    public Optional<Order> earlierOrder(String key, String fingerprint) {
        return keys.find(key).map(placement -> {
            if (!placement.requestFingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReusedException(key);
            }
            return orders.findById(placement.orderId()).orElseThrow(() -> new IllegalStateException(
                    "Idempotency-Key " + key + " names order " + placement.orderId() + ", which does not exist"));
        });
    }

    /** @return false, having written nothing, when the key was claimed by another placement */
    @Transactional
    public boolean record(Order order, @Nullable KeyedPlacement keyed) {
        if (keyed != null && !keys.claim(keyed)) {
            return false;
        }
        orders.insert(order);
        events.publish(order.placed());
        return true;
    }
}
