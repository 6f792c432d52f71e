package delivery.notification.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10), 10);

    @Test
    void theDelayDoublesFromTheFirstUpToTheMaximum() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofMinutes(10));
    }

    @Property
    void delaysNeverShrinkAndStayWithinBounds(@ForAll @IntRange(min = 1, max = 1000) int failed) {
        Duration delay = policy.delayAfter(failed);
        assertThat(delay).isBetween(Duration.ofSeconds(5), Duration.ofMinutes(10));
        assertThat(policy.delayAfter(failed + 1)).isGreaterThanOrEqualTo(delay);
    }

    @Test
    void aFailedSendIsDueAgainLaterUntilTheAttemptsAreUsedUp() {
        RetryPolicy twice = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(4), 2);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        Notification email = Notification.compose(UUID.randomUUID(), new Recipient(UUID.randomUUID(), Recipient.Role.CUSTOMER),
                Channel.EMAIL, "payment.approved", new Message("s", "b"), "a@example.com", now);

        Notification once = email.sendFailed("connection refused", now, twice);
        assertThat(once.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(once.attempts()).isEqualTo(1);
        assertThat(once.lastError()).isEqualTo("connection refused");
        assertThat(once.nextAttemptAt()).isEqualTo(now.plusSeconds(1));

        Notification givenUp = once.sendFailed("connection refused", now.plusSeconds(1), twice);
        assertThat(givenUp.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(givenUp.nextAttemptAt()).isNull();

        Notification sent = once.sent(now.plusSeconds(1), null);
        assertThat(sent.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.sentAt()).isEqualTo(now.plusSeconds(1));
        assertThat(sent.attempts()).isEqualTo(2);
    }
}
