package delivery.billing.application.port.in;

import java.util.UUID;

public class PaymentNotFoundException extends RuntimeException {
    public PaymentNotFoundException(UUID paymentId) {
        super("no payment " + paymentId);
    }
}
