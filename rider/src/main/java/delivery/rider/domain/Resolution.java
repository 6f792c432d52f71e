package delivery.rider.domain;

/** What the customer chose for missing items: their money back, or the items brought again. */
public enum Resolution { REFUND, REDELIVERY }
