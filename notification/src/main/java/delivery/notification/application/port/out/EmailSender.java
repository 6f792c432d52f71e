package delivery.notification.application.port.out;

import delivery.notification.domain.Message;

public interface EmailSender {

    /** @throws SendFailedException when the mail server did not take the message */
    void send(String address, Message message);

    class SendFailedException extends RuntimeException {
        public SendFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
