package delivery.order.domain;

/** Who called an order off: the customer before acceptance, or the store rejecting or not confirming its ticket. */
public enum CancelledBy { CUSTOMER, STORE }
