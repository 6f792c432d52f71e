package delivery.billing.adapters.out.gateway;

import delivery.billing.application.port.out.PaymentGatewayPort;
import delivery.billing.application.port.out.PaymentGatewayUnavailableException;
import io.micronaut.context.annotation.Value;
import io.micronaut.retry.annotation.Retryable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The payment gateway the platform ships: a simulator. Card token {@code tok_declined} is refused,
 * any other token approved. Each call waits {@code billing.gateway.latency} and fails transiently
 * with probability {@code billing.gateway.failure-rate} (nothing decided, the caller retries).
 * Like a real gateway it remembers idempotency keys: a repeated key gets the first answer, so one
 * key is charged at most once.
 * <p>
 * A transient failure is retried here first ({@code billing.gateway.retry.*}: a few attempts with
 * a growing delay); when those fail too, the caller's message is redelivered and the whole step runs again.
 */
@Singleton
@Retryable(includes = PaymentGatewayUnavailableException.class,
        attempts = "${billing.gateway.retry.attempts:3}", delay = "${billing.gateway.retry.delay:100ms}",
        multiplier = "2")
public class SimulatedPaymentGateway implements PaymentGatewayPort {

    public static final String DECLINED_TOKEN = "tok_declined";

    private final Duration latency;
    private final double failureRate;
    private final Random random;
    private final Map<String, Authorisation> answers = new ConcurrentHashMap<>();
    private final Map<String, String> accounts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final AtomicInteger accountSequence = new AtomicInteger();
    private final AtomicInteger transientFailures = new AtomicInteger();

    public SimulatedPaymentGateway(@Value("${billing.gateway.latency:0ms}") Duration latency,
                                   @Value("${billing.gateway.failure-rate:0}") double failureRate,
                                   @Value("${billing.gateway.seed:0}") long seed) {
        if (failureRate < 0 || failureRate >= 1) {
            throw new IllegalArgumentException("billing.gateway.failure-rate must be in [0, 1), was " + failureRate);
        }
        this.latency = latency;
        this.failureRate = failureRate;
        this.random = seed == 0 ? new Random() : new Random(seed);
    }

    @Override
    public Authorisation authoriseCard(String idempotencyKey, String cardToken, long amount) {
        respond();
        requests.computeIfAbsent(idempotencyKey, k -> new AtomicInteger()).incrementAndGet();
        return answers.computeIfAbsent(idempotencyKey, key -> {
            if (DECLINED_TOKEN.equals(cardToken) || cardToken == null || cardToken.isBlank()) {
                return new Authorisation.Declined(cardToken == null || cardToken.isBlank()
                        ? "no card token" : "card declined");
            }
            return new Authorisation.Approved("AUTH-" + Integer.toHexString(key.hashCode()));
        });
    }

    @Override
    public String openVirtualAccount(String idempotencyKey, long amount) {
        respond();
        return accounts.computeIfAbsent(idempotencyKey,
                key -> String.format("999-%04d-%06d", amount % 10_000, accountSequence.incrementAndGet()));
    }

    /** How many card authorisations with this idempotency key reached the gateway and were answered. */
    public int authorisationRequestsOf(String idempotencyKey) {
        AtomicInteger count = requests.get(idempotencyKey);
        return count == null ? 0 : count.get();
    }

    /** How many calls failed transiently (and were answered only on a later attempt, if at all). */
    public int transientFailures() {
        return transientFailures.get();
    }

    private void respond() {
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PaymentGatewayUnavailableException("interrupted while waiting for the gateway");
            }
        }
        boolean fails;
        synchronized (random) {
            fails = failureRate > 0 && random.nextDouble() < failureRate;
        }
        if (fails) {
            transientFailures.incrementAndGet();
            throw new PaymentGatewayUnavailableException("simulated transient gateway failure");
        }
    }
}
