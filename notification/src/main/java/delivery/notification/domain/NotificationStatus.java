package delivery.notification.domain;

/** PENDING: stored, waiting for its channel to send it; SENT; FAILED: gave up after retries. */
public enum NotificationStatus { PENDING, SENT, FAILED }
