package delivery.billing.adapters.out.messaging;

import delivery.billing.application.port.out.BillingEventPublisher;
import delivery.billing.domain.CouponCreated;
import delivery.messaging.outbox.Outbox;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

/** Writes billing's events to the outbox of the current transaction, on exchange {@code billing.events}. */
@Singleton
@SerdeImport(CouponCreated.class)
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
}
