package delivery.billing.application.port.in;

import delivery.billing.domain.Payment;

import java.util.UUID;

public interface DepositUseCase {

    /**
     * @throws PaymentNotFoundException for an unknown payment
     * @throws delivery.billing.domain.IllegalTransitionException unless the payment is PENDING and not expired
     */
    Payment deposit(UUID paymentId);
}
