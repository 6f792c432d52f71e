package delivery.billing.adapters.out.messaging;

import delivery.billing.application.port.out.BillingEventPublisher;
import delivery.billing.domain.CouponCreated;
import delivery.billing.domain.PaymentEvents.PaymentApproved;
import delivery.billing.domain.PaymentEvents.PaymentCaptured;
import delivery.billing.domain.PaymentEvents.PaymentPending;
import delivery.billing.domain.PaymentEvents.PaymentRefunded;
import delivery.billing.domain.PaymentEvents.PaymentRejected;
import delivery.billing.domain.SettlementBooked;
import delivery.messaging.outbox.Outbox;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

/**
 * Writes billing's events to the outbox of the current transaction, on exchange {@code billing.events}.
 * Payment events are the payment's (aggregateId = paymentId), settlement.booked the order's.
 */
@Singleton
@SerdeImport(CouponCreated.class)
@SerdeImport(PaymentPending.class)
@SerdeImport(PaymentApproved.class)
@SerdeImport(PaymentRejected.class)
@SerdeImport(PaymentCaptured.class)
@SerdeImport(PaymentRefunded.class)
@SerdeImport(SettlementBooked.class)
class BillingEventsOutboxAdapter implements BillingEventPublisher {

    static final String EXCHANGE = "billing.events";

    private final Outbox outbox;

    BillingEventsOutboxAdapter(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void couponCreated(CouponCreated event) {
        outbox.append(EXCHANGE, "coupon.created", 1, event.couponId().toString(), event);
    }

    @Override
    public void paymentPending(PaymentPending event) {
        outbox.append(EXCHANGE, "payment.pending", 1, event.paymentId().toString(), event);
    }

    @Override
    public void paymentApproved(PaymentApproved event) {
        outbox.append(EXCHANGE, "payment.approved", 1, event.paymentId().toString(), event);
    }

    @Override
    public void paymentRejected(PaymentRejected event) {
        outbox.append(EXCHANGE, "payment.rejected", 1, event.paymentId().toString(), event);
    }

    @Override
    public void paymentCaptured(PaymentCaptured event) {
        outbox.append(EXCHANGE, "payment.captured", 1, event.paymentId().toString(), event);
    }

    @Override
    public void paymentRefunded(PaymentRefunded event) {
        outbox.append(EXCHANGE, "payment.refunded", 1, event.paymentId().toString(), event);
    }

    @Override
    public void settlementBooked(SettlementBooked event) {
        outbox.append(EXCHANGE, "settlement.booked", 1, event.orderId().toString(), event);
    }
}
