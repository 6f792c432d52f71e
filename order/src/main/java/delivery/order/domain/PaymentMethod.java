package delivery.order.domain;

public enum PaymentMethod { CARD, VIRTUAL_ACCOUNT }
