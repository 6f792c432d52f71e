package delivery.billing.application.port.out;

import delivery.billing.domain.CouponCreated;
import delivery.billing.domain.PaymentEvents.PaymentApproved;
import delivery.billing.domain.PaymentEvents.PaymentCaptured;
import delivery.billing.domain.PaymentEvents.PaymentPending;
import delivery.billing.domain.PaymentEvents.PaymentRefunded;
import delivery.billing.domain.PaymentEvents.PaymentRejected;
import delivery.billing.domain.SettlementBooked;

/** Announces billing's state changes; the caller's transaction decides whether they happened. */
public interface BillingEventPublisher {

    void couponCreated(CouponCreated event);

    void paymentPending(PaymentPending event);

    void paymentApproved(PaymentApproved event);

    void paymentRejected(PaymentRejected event);

    void paymentCaptured(PaymentCaptured event);

    void paymentRefunded(PaymentRefunded event);

    void settlementBooked(SettlementBooked event);
}
