package delivery.billing.application.service;

import delivery.billing.application.port.in.CancelOrderPaymentUseCase;
import delivery.billing.application.port.in.DepositUseCase;
import delivery.billing.application.port.in.ExpireVirtualAccountsUseCase;
import delivery.billing.application.port.in.ListPaymentsQuery;
import delivery.billing.application.port.in.PayForOrderUseCase;
import delivery.billing.application.port.in.PaymentNotFoundException;
import delivery.billing.application.port.out.BillingEventPublisher;
import delivery.billing.application.port.out.BillingOrderRepository;
import delivery.billing.application.port.out.CouponRepository;
import delivery.billing.application.port.out.PaymentGatewayPort;
import delivery.billing.application.port.out.PaymentGatewayPort.Authorisation;
import delivery.billing.application.port.out.PaymentRepository;
import delivery.billing.application.port.out.PointLedgerRepository;
import delivery.billing.domain.BillingOrder;
import delivery.billing.domain.Charge;
import delivery.billing.domain.Coupon;
import delivery.billing.domain.InvalidValueException;
import delivery.billing.domain.Payment;
import delivery.billing.domain.PaymentMethod;
import delivery.billing.domain.PaymentStatus;
import delivery.billing.domain.Refund;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Payments of orders. Every change of one order's money starts by locking the order's row
 * ({@link BillingOrderRepository#lock}), so order.placed, order.cancelled and the delivery events
 * of one order never interleave; the database's constraints (one payment per order, refunds
 * bounded by the amount, one full refund) hold even if a path forgot to.
 * <p>
 * The gateway is called inside the transaction with the order id as idempotency key: if the
 * transaction then fails, the retried event asks again and the gateway answers the first answer
 * instead of charging twice.
 */
@Singleton
public class PaymentService implements PayForOrderUseCase, CancelOrderPaymentUseCase, DepositUseCase,
        ExpireVirtualAccountsUseCase, ListPaymentsQuery {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);

    private final BillingOrderRepository orders;
    private final PaymentRepository payments;
    private final CouponRepository coupons;
    private final PointLedgerRepository points;
    private final PaymentGatewayPort gateway;
    private final BillingEventPublisher events;
    private final Clock clock;
    private final Duration virtualAccountValidity;

    public PaymentService(BillingOrderRepository orders, PaymentRepository payments, CouponRepository coupons,
                          PointLedgerRepository points, PaymentGatewayPort gateway, BillingEventPublisher events,
                          Clock clock,
                          @Value("${billing.virtual-account.expires-after:24h}") Duration virtualAccountValidity) {
        this.orders = orders;
        this.payments = payments;
        this.coupons = coupons;
        this.points = points;
        this.gateway = gateway;
        this.events = events;
        this.clock = clock;
        this.virtualAccountValidity = virtualAccountValidity;
    }

    @Override
    @Transactional
    public void payForOrder(PayForOrderCommand command) {
        BillingOrder order = orders.lock(command.orderId());
        if (order.placed()) {
            LOG.info("order {} was placed before, its payment stands", command.orderId());
            return;
        }
        orders.recordPlaced(command.orderId(), command.customerId(), command.storeId(), command.totalAmount(),
                command.lines(), command.placedAt());
        if (order.cancelled()) {
            LOG.info("order {} was cancelled before it was placed: nothing is charged", command.orderId());
            return;
        }
        Instant placedAt = command.placedAt() == null ? clock.instant() : command.placedAt();

        boolean discounted = command.couponCode() != null && !command.couponCode().isBlank() || command.points() > 0;
        if (discounted) {
            points.lockBalance(command.customerId());
        }
        Coupon coupon = null;
        if (command.couponCode() != null && !command.couponCode().isBlank()) {
            Optional<String> refusal = Optional.empty();
            try {
                coupon = coupons.findByCode(Coupon.normaliseCode(command.couponCode())).orElse(null);
            } catch (InvalidValueException e) {
                coupon = null;
            }
            if (coupon == null) {
                refusal = Optional.of("coupon " + command.couponCode() + " does not exist");
            } else if (!placedAt.isBefore(coupon.expiresAt())) {
                refusal = Optional.of("coupon " + coupon.code() + " expired at " + coupon.expiresAt());
            } else if (coupons.usedBy(coupon.id(), command.customerId())) {
                refusal = Optional.of("coupon " + coupon.code() + " was already used by this customer");
            }
            if (refusal.isPresent()) {
                reject(command, command.totalAmount(), refusal.get());
                return;
            }
        }
        Charge charge = Charge.of(command.totalAmount(), coupon, Math.max(0, command.points()));
        if (charge.pointsUsed() > 0 && points.balanceOf(command.customerId()) < charge.pointsUsed()) {
            reject(command, charge.amount(), "not enough points: " + charge.pointsUsed() + " needed");
            return;
        }

        Payment payment;
        if (command.method() == PaymentMethod.VIRTUAL_ACCOUNT && charge.amount() > 0) {
            String account = gateway.openVirtualAccount(command.orderId().toString(), charge.amount());
            payment = Payment.awaitingDeposit(command.orderId(), command.customerId(), charge.amount(), account,
                    clock.instant().plus(virtualAccountValidity));
        } else {
            if (command.method() == PaymentMethod.CARD && charge.amount() > 0) {
                Authorisation answer = gateway.authoriseCard(command.orderId().toString(), command.cardToken(),
                        charge.amount());
                if (answer instanceof Authorisation.Declined declined) {
                    reject(command, charge.amount(), declined.reason());
                    return;
                }
            }
            payment = Payment.approved(command.orderId(), command.customerId(), command.method(), charge.amount());
        }
        payments.insert(payment);
        if (coupon != null && !coupons.redeem(command.orderId(), coupon.id(), command.customerId(),
                charge.couponDiscount(), clock.instant())) {
            throw new IllegalStateException("coupon " + coupon.code() + " was redeemed concurrently; retrying");
        }
        if (charge.pointsUsed() > 0) {
            points.record(command.customerId(), command.orderId(), PointLedgerRepository.Kind.SPEND,
                    -charge.pointsUsed(), "spent on order " + command.orderId());
        }
        if (payment.status() == PaymentStatus.PENDING) {
            events.paymentPending(payment.pending());
        } else {
            events.paymentApproved(payment.approvedEvent());
        }
    }

    private void reject(PayForOrderCommand command, long amount, String reason) {
        Payment payment = Payment.rejected(command.orderId(), command.customerId(), command.method(), amount, reason);
        payments.insert(payment);
        events.paymentRejected(payment.rejectedEvent());
    }

    @Override
    @Transactional
    public void orderCancelled(UUID orderId, String reason) {
        BillingOrder order = orders.lock(orderId);
        if (!order.cancelled()) {
            orders.recordCancelled(orderId, clock.instant());
        }
        Optional<Payment> found = payments.lockOfOrder(orderId);
        if (found.isEmpty()) {
            return;
        }
        Payment payment = found.get();
        if (payment.status() == PaymentStatus.PENDING) {
            payment.abandon("order cancelled before the deposit");
            payments.update(payment);
        } else if (payment.status() == PaymentStatus.APPROVED || payment.status() == PaymentStatus.CAPTURED) {
            refund(payment, payment.refundable(), "order cancelled" + (reason == null ? "" : ": " + reason));
        }
        giveBackDiscounts(payment.customerId(), orderId);
        long earned = points.entryOf(orderId, PointLedgerRepository.Kind.EARN);
        if (earned > 0) {
            points.record(payment.customerId(), orderId, PointLedgerRepository.Kind.CLAWBACK, -earned,
                    "earned on order " + orderId + ", which was cancelled");
        }
    }

    void refund(Payment payment, long amount, String reason) {
        Refund refund = payment.refund(amount, reason);
        payments.update(payment);
        payments.insertRefund(refund, clock.instant());
        events.paymentRefunded(payment.refunded(refund));
    }

    private void giveBackDiscounts(UUID customerId, UUID orderId) {
        coupons.restore(orderId, clock.instant());
        long spent = -points.entryOf(orderId, PointLedgerRepository.Kind.SPEND);
        if (spent > 0) {
            points.record(customerId, orderId, PointLedgerRepository.Kind.RESTORE, spent,
                    "given back: order " + orderId + " was not paid");
        }
    }

    @Override
    @Transactional
    public Payment deposit(UUID paymentId) {
        Payment payment = payments.lock(paymentId).orElseThrow(() -> new PaymentNotFoundException(paymentId));
        payment.deposit(clock.instant());
        payments.update(payment);
        events.paymentApproved(payment.approvedEvent());
        return payment;
    }

    @Override
    @Transactional
    public int expireDue(Instant asOf, int limit) {
        List<Payment> overdue = payments.claimOverdue(asOf, limit);
        for (Payment payment : overdue) {
            payment.abandon("virtual account expired at " + payment.expiresAt());
            payments.update(payment);
            giveBackDiscounts(payment.customerId(), payment.orderId());
            events.paymentRejected(payment.rejectedEvent());
        }
        return overdue.size();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Payment> paymentsOf(UUID orderId) {
        return payments.ofOrder(orderId).map(List::of).orElse(List.of());
    }
}
