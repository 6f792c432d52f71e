package delivery.messaging;

/** A message that can never be handled, however often it is redelivered: it goes to the dead-letter queue. */
public class UnreadableEventException extends RuntimeException {
    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
