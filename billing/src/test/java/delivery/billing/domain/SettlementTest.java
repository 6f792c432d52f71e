package delivery.billing.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Commission and settlement arithmetic: per-order commission rounded down, sums add up, payout never negative. */
class SettlementTest {

    private static final UUID STORE = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");

    @Property
    void aRateCommissionIsItsBasisPointsOfTheGrossRoundedDown(
            @ForAll @LongRange(min = 0, max = 10_000) long basisPoints,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long gross) {
        long commission = new Commission(CommissionType.RATE, basisPoints).on(gross);

        BigInteger exact = BigInteger.valueOf(gross).multiply(BigInteger.valueOf(basisPoints));
        // commission × 10 000 <= gross × bp < (commission + 1) × 10 000
        assertThat(BigInteger.valueOf(commission).multiply(BigInteger.valueOf(10_000))).isLessThanOrEqualTo(exact);
        assertThat(BigInteger.valueOf(commission).add(BigInteger.ONE).multiply(BigInteger.valueOf(10_000)))
                .isGreaterThan(exact);
        assertThat(commission).isBetween(0L, gross);
    }

    @Property
    void aFixedCommissionIsItsValueButNeverMoreThanTheGross(@ForAll @LongRange(min = 0, max = 1_000_000) long value,
                                                           @ForAll @LongRange(min = 0, max = 10_000_000) long gross) {
        assertThat(new Commission(CommissionType.FIXED, value).on(gross)).isEqualTo(Math.min(value, gross));
    }

    @Test
    void commissionExamplesAndLimits() {
        assertThat(new Commission(CommissionType.RATE, 1_000).on(12_345)).isEqualTo(1_234);
        assertThat(new Commission(CommissionType.RATE, 1).on(9_999)).isZero();
        assertThat(new Commission(CommissionType.RATE, 10_000).on(7_777)).isEqualTo(7_777);
        assertThatThrownBy(() -> new Commission(CommissionType.RATE, 10_001)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Commission(CommissionType.FIXED, -1)).isInstanceOf(InvalidValueException.class);
    }

    @Property
    void aSettlementSumsItsEntriesAndNeverPaysOutANegativeAmount(@ForAll("entries") List<SettlementEntry> entries) {
        Settlement settlement = Settlement.of(STORE, entries);

        long bookings = entries.stream().filter(e -> e.kind() == SettlementEntry.Kind.BOOKING).count();
        long gross = entries.stream().mapToLong(SettlementEntry::gross).sum();
        long commission = entries.stream().mapToLong(SettlementEntry::commission).sum();
        long deductions = entries.stream().mapToLong(SettlementEntry::deduction).sum();
        assertThat(settlement.orderCount()).isEqualTo(bookings);
        assertThat(settlement.gross()).isEqualTo(gross);
        assertThat(settlement.commission()).isEqualTo(commission).isLessThanOrEqualTo(gross);
        assertThat(settlement.deductions()).isEqualTo(deductions);
        assertThat(settlement.payout()).isNotNegative().isEqualTo(Math.max(0, gross - commission - deductions));
        if (deductions == 0) {
            assertThat(settlement.payout() + settlement.commission()).isEqualTo(settlement.gross());
        }
    }

    @Test
    void deductionsBeyondTheEarningsLeaveAZeroPayout() {
        Commission tenPercent = new Commission(CommissionType.RATE, 1_000);
        Settlement settlement = Settlement.of(STORE, List.of(
                SettlementEntry.booking(STORE, UUID.randomUUID(), 10_000, tenPercent, AT),
                SettlementEntry.deduction(STORE, UUID.randomUUID(), 9_500, AT)));
        assertThat(settlement).isEqualTo(new Settlement(STORE, 1, 10_000, 1_000, 9_500, 0));
        assertThat(Settlement.of(STORE, List.of())).isEqualTo(new Settlement(STORE, 0, 0, 0, 0, 0));
    }

    @Provide
    Arbitrary<List<SettlementEntry>> entries() {
        Arbitrary<Commission> terms = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 10_000).map(bp -> new Commission(CommissionType.RATE, bp)),
                Arbitraries.longs().between(0, 5_000).map(krw -> new Commission(CommissionType.FIXED, krw)));
        Arbitrary<SettlementEntry> booking = Combinators.combine(Arbitraries.longs().between(0, 10_000_000), terms)
                .as((gross, commission) -> SettlementEntry.booking(STORE, UUID.randomUUID(), gross, commission, AT));
        Arbitrary<SettlementEntry> deduction = Arbitraries.longs().between(0, 10_000_000)
                .map(amount -> SettlementEntry.deduction(STORE, UUID.randomUUID(), amount, AT));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, booking), net.jqwik.api.Tuple.of(1, deduction)).list().ofMaxSize(40);
    }
}
