package delivery.billing.application.port.out;

/** The gateway did not answer; nothing was decided, so the same request may be sent again. */
public class PaymentGatewayUnavailableException extends RuntimeException {
    public PaymentGatewayUnavailableException(String message) {
        super(message);
    }
}
