package delivery.billing.application.port.in;

import delivery.billing.domain.Payment;

import java.util.List;
import java.util.UUID;

public interface ListPaymentsQuery {

    List<Payment> paymentsOf(UUID orderId);
}
