package delivery.notification.domain;

import java.time.Duration;

/**
 * When a failed send is tried again: after {@code firstDelay}, doubling each time up to
 * {@code maxDelay}; after {@code maxAttempts} failed attempts the notification is FAILED.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public RetryPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retry policy needs 0 < firstDelay <= maxDelay and maxAttempts >= 1");
        }
    }

    /** The pause after the given number of failed attempts (1 = the first failure). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        long millis = firstDelay.toMillis();
        for (int i = 0; i < doublings && millis < maxDelay.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
    }

    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}
