package delivery.notification.application.event;

/** Raised inside the storing transaction; the sender starts once that transaction commits. */
public record NotificationsStored(int count) {
}
