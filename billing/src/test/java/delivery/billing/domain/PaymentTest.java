package delivery.billing.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    private static Payment approved(long amount) {
        return Payment.approved(UUID.randomUUID(), UUID.randomUUID(), PaymentMethod.CARD, amount);
    }

    @Property
    void refundsNeverExceedWhatWasTaken(@ForAll @LongRange(min = 0, max = 1_000_000) long amount,
                                        @ForAll @Size(max = 10) List<@LongRange(min = 0, max = 500_000) Long> requests) {
        Payment payment = approved(amount);
        long refunded = 0;
        int full = 0;
        for (long requested : requests) {
            if (payment.status() == PaymentStatus.REFUNDED) {
                assertThatThrownBy(() -> payment.refund(requested, "again")).isInstanceOf(IllegalTransitionException.class);
                continue;
            }
            Refund refund = payment.refund(requested, "missing");
            assertThat(refund.amount()).isEqualTo(Math.min(requested, amount - refunded));
            refunded += refund.amount();
            full += refund.full() ? 1 : 0;
        }
        assertThat(payment.refundedAmount()).isEqualTo(refunded).isBetween(0L, amount);
        assertThat(full).isLessThanOrEqualTo(1);
        assertThat(payment.status() == PaymentStatus.REFUNDED).isEqualTo(full == 1);
    }

    @Test
    void aCardPaymentIsCapturedOnceForWhatIsLeftAfterRefunds() {
        Payment payment = approved(11_000);
        payment.refund(3_500, "missing");

        assertThat(payment.capture()).isEqualTo(7_500);
        assertThat(payment.status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThatThrownBy(payment::capture).isInstanceOf(IllegalTransitionException.class);
        assertThat(payment.refund(100_000, "everything else")).satisfies(refund -> {
            assertThat(refund.amount()).isEqualTo(7_500);
            assertThat(refund.full()).isTrue();
        });
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aVirtualAccountTakesADepositOnlyBeforeItExpires() {
        Payment onTime = Payment.awaitingDeposit(UUID.randomUUID(), UUID.randomUUID(), 5_000, "999-1", NOW.plusSeconds(60));
        assertThat(onTime.refundable()).isZero();
        onTime.deposit(NOW);
        assertThat(onTime.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(onTime.refundable()).isEqualTo(5_000);
        assertThatThrownBy(() -> onTime.deposit(NOW)).isInstanceOf(IllegalTransitionException.class);

        Payment late = Payment.awaitingDeposit(UUID.randomUUID(), UUID.randomUUID(), 5_000, "999-2", NOW.plusSeconds(60));
        assertThat(late.isOverdue(NOW)).isFalse();
        assertThat(late.isOverdue(NOW.plus(Duration.ofMinutes(1)))).isTrue();
        assertThatThrownBy(() -> late.deposit(NOW.plusSeconds(60))).isInstanceOf(IllegalTransitionException.class);
        late.abandon("virtual account expired");
        assertThat(late.status()).isEqualTo(PaymentStatus.REJECTED);
        assertThat(late.rejectedEvent().reason()).isEqualTo("virtual account expired");
        assertThatThrownBy(() -> late.refund(1, "no")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void missingItemsArePricedFromTheOrderLines() {
        UUID kimbap = UUID.randomUUID();
        UUID ramen = UUID.randomUUID();
        BillingOrder order = new BillingOrder(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 11_000,
                List.of(new OrderLine(kimbap, 2, 3_500), new OrderLine(ramen, 1, 4_000)), true, false);

        assertThat(order.valueOf(List.of(new MissingItem(kimbap, 1)))).isEqualTo(3_500);
        assertThat(order.valueOf(List.of(new MissingItem(kimbap, 5)))).isEqualTo(7_000); // never more than ordered
        assertThat(order.valueOf(List.of(new MissingItem(kimbap, 1), new MissingItem(ramen, 1)))).isEqualTo(7_500);
        assertThat(order.valueOf(List.of(new MissingItem(UUID.randomUUID(), 1)))).isZero();
        assertThat(order.valueOf(List.of())).isEqualTo(11_000); // no items: the whole order
    }
}
