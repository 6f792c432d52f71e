package delivery.billing.domain;

/** What the customer chose for missing items. */
public enum Resolution { REFUND, REDELIVERY }
