package delivery.billing.domain;

/** AMOUNT: a fixed discount in KRW; PERCENT: a share of the order amount, 1 to 100. */
public enum CouponType { AMOUNT, PERCENT }
