package delivery.billing.domain;

/** CARD: authorised at once through the gateway; VIRTUAL_ACCOUNT: pending until the customer deposits. */
public enum PaymentMethod { CARD, VIRTUAL_ACCOUNT }
