package delivery.order.application.port.in;

import java.util.UUID;

/**
 * The order's side of the choreographed saga: what the other services announce moves the
 * order on. An announcement the order is already past (a late or repeated one) changes nothing;
 * one that comes before its time fails with {@link EventTooEarlyException} so it is redelivered.
 */
public interface FollowSagaUseCase {

    void paymentApproved(UUID orderId);

    void paymentRejected(UUID orderId, String reason);

    void paymentRefunded(UUID orderId);

    void ticketAccepted(UUID orderId);

    void ticketRejected(UUID orderId, String reason);

    void riderAssigned(UUID orderId, UUID riderId);

    void pickedUp(UUID orderId);

    void delayed(UUID orderId, String reason);

    void delivered(UUID orderId, String boxNumber);
}
