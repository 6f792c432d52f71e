package delivery.store.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class TicketTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private static Ticket waiting() {
        return Ticket.open(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                List.of(new TicketLine(UUID.randomUUID(), "Kimbap", 4_500, 2,
                        List.of(new TicketLineOption("extra egg", 500, 1)))),
                "no cucumber", 10_000, LocalDate.of(2026, 3, 2), OPENED, TIMEOUT);
    }

    @Test
    void aTicketWaitsForTheOwnerUntilItsDueTime() {
        Ticket ticket = waiting();
        assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(ticket.dueAt()).isEqualTo(OPENED.plus(TIMEOUT));
        assertThat(ticket.isOverdue(OPENED.plus(TIMEOUT).minusMillis(1))).isFalse();
        assertThat(ticket.isOverdue(OPENED.plus(TIMEOUT))).isTrue();
    }

    @Test
    void anAcceptedTicketIsAnnouncedAndCanBeMarkedReady() {
        Ticket ticket = waiting();
        Instant at = OPENED.plusSeconds(60);
        TicketAccepted accepted = ticket.accept(at);
        assertThat(accepted).isEqualTo(new TicketAccepted(ticket.orderId(), ticket.storeId(), ticket.siteId(),
                ticket.slotId(), at));
        assertThat(ticket.acceptedAt()).isEqualTo(at);
        assertThat(ticket.isOverdue(OPENED.plus(TIMEOUT))).isFalse();
        assertThat(ticket.orderCancelled()).isFalse();
        assertThat(ticket.status()).isEqualTo(TicketStatus.ACCEPTED);
        assertThat(ticket.markReady()).isEqualTo(new TicketReady(ticket.orderId(), ticket.storeId(), ticket.siteId(),
                ticket.slotId()));
        assertThat(ticket.status()).isEqualTo(TicketStatus.READY);
    }

    @Test
    void rejectionNeedsAReason() {
        Ticket ticket = waiting();
        assertThatThrownBy(() -> ticket.reject(" ", OPENED)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("reason");
        assertThat(ticket.reject("out of rice", OPENED)).isEqualTo(new TicketRejected(ticket.orderId(),
                ticket.storeId(), "out of rice"));
        assertThat(ticket.reason()).isEqualTo("out of rice");
        assertThatThrownBy(ticket::markReady).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aTicketNotConfirmedInTimeIsRejectedBecauseTheStoreDidNotConfirm() {
        Ticket ticket = waiting();
        Instant due = OPENED.plus(TIMEOUT);
        assertThatThrownBy(() -> ticket.timeOut(due.minusNanos(1))).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> ticket.accept(due)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> ticket.reject("busy", due)).isInstanceOf(IllegalTransitionException.class);
        assertThat(ticket.timeOut(due)).isEqualTo(new TicketRejected(ticket.orderId(), ticket.storeId(),
                "store did not confirm"));
        assertThat(ticket.status()).isEqualTo(TicketStatus.REJECTED);
        assertThat(ticket.reason()).isEqualTo(Ticket.TIMEOUT_REASON);
        assertThatThrownBy(() -> ticket.timeOut(due)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void onlyAWaitingTicketIsDroppedWhenTheOrderIsCancelled() {
        Ticket ticket = waiting();
        assertThat(ticket.orderCancelled()).isTrue();
        assertThat(ticket.status()).isEqualTo(TicketStatus.CANCELLED);
        assertThat(ticket.orderCancelled()).isFalse();
        assertThat(ticket.isOverdue(OPENED.plus(TIMEOUT))).isFalse();
        assertThatThrownBy(() -> ticket.accept(OPENED)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aTicketHasItemsAndWellFormedLines() {
        assertThatThrownBy(() -> Ticket.open(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                List.of(), null, 0, LocalDate.of(2026, 3, 2), OPENED, TIMEOUT)).extracting("field").isEqualTo("items");
        assertThatThrownBy(() -> new TicketLine(UUID.randomUUID(), "Kimbap", 4_500, 0, null))
                .isInstanceOf(InvalidValueException.class);
        assertThat(new TicketLine(UUID.randomUUID(), "Kimbap", 4_500, 1, null).options()).isEmpty();
    }

    // --- the state machine as a property: any sequence of actions at any times follows the model ---

    enum Action { ACCEPT, REJECT, TIME_OUT, READY, CANCEL }

    record Step(Action action, long secondsAfterOpening) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.of(Action.class), Arbitraries.longs().between(0, 600))
                .as(Step::new).list().ofMaxSize(8);
    }

    @Property
    void everySequenceOfActionsFollowsTheStateMachine(@ForAll("steps") List<Step> steps) {
        Ticket ticket = waiting();
        TicketStatus expected = TicketStatus.WAITING;
        int events = 0;
        for (Step step : steps) {
            Instant now = OPENED.plusSeconds(step.secondsAfterOpening());
            boolean inTime = now.isBefore(ticket.dueAt());
            TicketStatus next = switch (step.action()) {
                case ACCEPT -> expected == TicketStatus.WAITING && inTime ? TicketStatus.ACCEPTED : null;
                case REJECT, TIME_OUT -> {
                    boolean byOwner = step.action() == Action.REJECT;
                    yield expected == TicketStatus.WAITING && (byOwner == inTime) ? TicketStatus.REJECTED : null;
                }
                case READY -> expected == TicketStatus.ACCEPTED ? TicketStatus.READY : null;
                case CANCEL -> expected == TicketStatus.WAITING ? TicketStatus.CANCELLED : expected;
            };
            Throwable thrown = catchThrowable(() -> apply(ticket, step.action(), now));
            if (next == null) {
                assertThat(thrown).isInstanceOf(IllegalTransitionException.class);
            } else {
                assertThat(thrown).isNull();
                if (step.action() != Action.CANCEL) {
                    events++;
                }
                expected = next;
            }
            assertThat(ticket.status()).isEqualTo(expected);
            assertThat(ticket.reason() != null)
                    .isEqualTo(expected == TicketStatus.REJECTED || expected == TicketStatus.CANCELLED);
            assertThat(ticket.acceptedAt() != null)
                    .isEqualTo(expected == TicketStatus.ACCEPTED || expected == TicketStatus.READY);
        }
        // each event is one step forward on a path WAITING → ACCEPTED → READY or WAITING → REJECTED
        assertThat(events).isLessThanOrEqualTo(2);
    }

    private static void apply(Ticket ticket, Action action, Instant now) {
        switch (action) {
            case ACCEPT -> ticket.accept(now);
            case REJECT -> ticket.reject("out of rice", now);
            case TIME_OUT -> ticket.timeOut(now);
            case READY -> ticket.markReady();
            case CANCEL -> ticket.orderCancelled();
        }
    }
}
