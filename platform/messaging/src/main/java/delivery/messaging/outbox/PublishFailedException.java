package delivery.messaging.outbox;

/** The broker was unreachable or did not confirm; the events stay in the outbox for the next attempt. */
public class PublishFailedException extends RuntimeException {
    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
