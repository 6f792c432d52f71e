package delivery.billing.adapters.in.web;

import delivery.billing.application.port.in.DepositUseCase;
import delivery.billing.application.port.in.ListPaymentsQuery;
import delivery.billing.domain.Payment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Controller("/api/payments")
@ExecuteOn(TaskExecutors.BLOCKING)
class PaymentController {

    private final ListPaymentsQuery listPayments;
    private final DepositUseCase deposit;

    PaymentController(ListPaymentsQuery listPayments, DepositUseCase deposit) {
        this.listPayments = listPayments;
        this.deposit = deposit;
    }

    /** The order's payments: at most one, as billing takes one payment per order. */
    @Get
    List<PaymentResponse> ofOrder(@QueryValue UUID orderId) {
        return listPayments.paymentsOf(orderId).stream().map(PaymentResponse::of).toList();
    }

    /** The customer paid into the virtual account: the payment is approved. 409 unless PENDING and not expired. */
    @Post("/{paymentId}/deposit")
    PaymentResponse deposit(@PathVariable UUID paymentId) {
        return PaymentResponse.of(deposit.deposit(paymentId));
    }

    /** The SPEC's fields, then what was refunded of the amount and, for a virtual account, where and until when to pay. */
    @Serdeable
    record PaymentResponse(UUID paymentId, UUID orderId, String method, long amount, String status,
                           long refundedAmount, @Nullable String reason, @Nullable String accountNumber,
                           @Nullable Instant expiresAt) {
        static PaymentResponse of(Payment payment) {
            return new PaymentResponse(payment.id(), payment.orderId(), payment.method().name(), payment.amount(),
                    payment.status().name(), payment.refundedAmount(), payment.reason(), payment.accountNumber(),
                    payment.expiresAt());
        }
    }
}
