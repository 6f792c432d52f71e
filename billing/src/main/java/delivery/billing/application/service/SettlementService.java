package delivery.billing.application.service;

import delivery.billing.application.port.in.GetSettlementQuery;
import delivery.billing.application.port.in.RecordStoreTermsUseCase;
import delivery.billing.application.port.in.SettleDeliveryUseCase;
import delivery.billing.application.port.out.BillingEventPublisher;
import delivery.billing.application.port.out.BillingOrderRepository;
import delivery.billing.application.port.out.PaymentRepository;
import delivery.billing.application.port.out.PointLedgerRepository;
import delivery.billing.application.port.out.SettlementRepository;
import delivery.billing.application.port.out.StoreTermsRepository;
import delivery.billing.domain.BillingOrder;
import delivery.billing.domain.Commission;
import delivery.billing.domain.Fault;
import delivery.billing.domain.Payment;
import delivery.billing.domain.PaymentStatus;
import delivery.billing.domain.PointsPolicy;
import delivery.billing.domain.Refund;
import delivery.billing.domain.Resolution;
import delivery.billing.domain.Settlement;
import delivery.billing.domain.SettlementEntry;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What happens to the money once an order is delivered: capture, the store's settlement entry,
 * points earned, and refunds and deductions for missing items.
 * <p>
 * A store's settlement entry books the order's gross (its total at order prices: coupons and
 * points are the platform's discounts, not the store's) and the commission on it; a store-fault
 * omission resolved by a refund is booked as a deduction of the missing items' value. A rider's
 * fault is refunded to the customer but never deducted from the store, and a redelivery is the
 * store's cost in kind, so it is not deducted either.
 */
@Singleton
public class SettlementService implements SettleDeliveryUseCase, RecordStoreTermsUseCase, GetSettlementQuery {

    private static final Logger LOG = LoggerFactory.getLogger(SettlementService.class);

    private final BillingOrderRepository orders;
    private final PaymentRepository payments;
    private final PointLedgerRepository points;
    private final StoreTermsRepository terms;
    private final SettlementRepository settlements;
    private final BillingEventPublisher events;
    private final Clock clock;

    public SettlementService(BillingOrderRepository orders, PaymentRepository payments, PointLedgerRepository points,
                             StoreTermsRepository terms, SettlementRepository settlements,
                             BillingEventPublisher events, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.points = points;
        this.terms = terms;
        this.settlements = settlements;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void recordTerms(UUID storeId, Commission commission) {
        terms.save(storeId, commission);
    }

    @Override
    @Transactional
    public void deliveryCompleted(UUID orderId, Instant completedAt) {
        BillingOrder order = orders.lock(orderId);
        Optional<Payment> found = payments.lockOfOrder(orderId);
        if (!order.placed() || found.isEmpty() || !found.get().moneyTaken()) {
            LOG.warn("order {} was delivered without money taken for it: nothing to capture", orderId);
            return;
        }
        Payment payment = found.get();
        Commission commission = terms.termsOf(order.storeId()).orElseThrow(() -> new IllegalStateException(
                "no commission terms for store " + order.storeId() + " yet (store.registered not seen); retrying"));
        Instant at = completedAt == null ? clock.instant() : completedAt;
        if (payment.status() == PaymentStatus.APPROVED) {
            long captured = payment.capture();
            payments.update(payment);
            payments.insertCapture(payment, captured, at);
            events.paymentCaptured(payment.captured(captured));
            long earned = PointsPolicy.earnedOn(captured);
            if (earned > 0) {
                points.record(payment.customerId(), orderId, PointLedgerRepository.Kind.EARN, earned,
                        "earned on delivered order " + orderId);
            }
        }
        SettlementEntry booking = SettlementEntry.booking(order.storeId(), orderId, order.totalAmount(), commission, at);
        if (settlements.book(booking)) {
            events.settlementBooked(booking.booked());
        }
    }

    @Override
    @Transactional
    public void missingItemsReported(MissingItemsCommand command) {
        if (command.resolution() != Resolution.REFUND) {
            return; // redelivered: nobody is refunded and nothing is deducted
        }
        BillingOrder order = orders.lock(command.orderId());
        if (!order.placed()) {
            throw new IllegalStateException("order " + command.orderId() + " not placed yet here; retrying");
        }
        long missingValue = order.valueOf(command.items());
        Optional<Payment> found = payments.lockOfOrder(command.orderId());
        if (found.isPresent() && found.get().refundable() > 0) {
            Payment payment = found.get();
            Refund refund = payment.refund(missingValue, "items missing (" + command.fault().name().toLowerCase()
                    + " fault)");
            payments.update(payment);
            payments.insertRefund(refund, clock.instant());
            events.paymentRefunded(payment.refunded(refund));
        }
        if (command.fault() == Fault.STORE && missingValue > 0) {
            SettlementEntry deduction = SettlementEntry.deduction(order.storeId(), command.orderId(), missingValue,
                    command.reportedAt() == null ? clock.instant() : command.reportedAt());
            settlements.book(deduction);
            events.settlementBooked(deduction.booked());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Settlement settlement(UUID storeId, Instant from, Instant to) {
        return Settlement.of(storeId, settlements.entriesOf(storeId, from, to));
    }
}
