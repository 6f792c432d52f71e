package delivery.order.application.port.in;

/** An idempotency key came back with a request other than the one it was first used for. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key " + key + " was already used for a different order request");
    }
}
