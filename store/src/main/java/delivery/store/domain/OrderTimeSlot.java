package delivery.store.domain;

import java.time.LocalTime;
import java.util.UUID;

/**
 * One delivery round of a site: orders close at the deadline, the rider collects at pickup
 * time and the orders are on the shelves at arrival time.
 */
public record OrderTimeSlot(UUID id, UUID siteId, LocalTime orderDeadline, LocalTime pickupTime, LocalTime arrivalTime) {

    public OrderTimeSlot {
        if (orderDeadline == null || pickupTime == null || arrivalTime == null) {
            throw new InvalidValueException("orderDeadline", "orderDeadline, pickupTime and arrivalTime are required");
        }
        if (!orderDeadline.isBefore(pickupTime)) {
            throw new InvalidValueException("pickupTime", "pickupTime must be after orderDeadline");
        }
        if (!pickupTime.isBefore(arrivalTime)) {
            throw new InvalidValueException("arrivalTime", "arrivalTime must be after pickupTime");
        }
    }

    public static OrderTimeSlot open(UUID siteId, LocalTime orderDeadline, LocalTime pickupTime, LocalTime arrivalTime) {
        return new OrderTimeSlot(UUID.randomUUID(), siteId, orderDeadline, pickupTime, arrivalTime);
    }

    public boolean acceptsOrdersAt(LocalTime time) {
        return !time.isAfter(orderDeadline);
    }
}
