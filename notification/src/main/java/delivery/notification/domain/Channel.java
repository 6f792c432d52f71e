package delivery.notification.domain;

public enum Channel { EMAIL, PUSH }
