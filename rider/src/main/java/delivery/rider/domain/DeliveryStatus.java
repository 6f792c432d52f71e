package delivery.rider.domain;

/**
 * Where a delivery stands: planned for a site and slot, assigned to a rider, picked up at the
 * stores (possibly delayed), completed at the site's shelves, or cancelled with its order.
 */
public enum DeliveryStatus { PLANNED, ASSIGNED, PICKED_UP, DELAYED, COMPLETED, CANCELLED }
