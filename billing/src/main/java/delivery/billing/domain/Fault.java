package delivery.billing.domain;

/** Who caused missing items: the store's omission is deducted from its settlement, the rider's is not. */
public enum Fault { RIDER, STORE }
