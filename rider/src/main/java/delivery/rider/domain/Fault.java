package delivery.rider.domain;

/** Who lost the items: the rider (not deducted from the store's settlement) or the store (deducted). */
public enum Fault { RIDER, STORE }
