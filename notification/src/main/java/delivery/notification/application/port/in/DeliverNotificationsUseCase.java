package delivery.notification.application.port.in;

public interface DeliverNotificationsUseCase {

    /** Sends one batch of due notifications; @return how many were claimed (sent or failed) */
    int deliverDue();
}
