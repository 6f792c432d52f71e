package delivery.billing.domain;

/** RATE: basis points of the order's gross (1000 = 10 %); FIXED: KRW per delivered order. */
public enum CommissionType { RATE, FIXED }
