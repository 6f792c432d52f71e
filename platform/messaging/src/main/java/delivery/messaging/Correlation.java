package delivery.messaging;

import org.slf4j.MDC;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The correlation id of the work in progress on this thread: taken from the edge's
 * X-Request-Id for HTTP requests and from the envelope for consumed events, so every event
 * a saga step publishes carries the id of the request that started the saga.
 */
public final class Correlation {

    public static final String HTTP_HEADER = "X-Request-Id";
    public static final String AMQP_HEADER = "x-correlation-id";
    public static final String TRACEPARENT = "traceparent";
    private static final String MDC_KEY = "correlationId";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<String> TRACE = new ThreadLocal<>();

    private Correlation() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static String currentOrNew() {
        return current().orElseGet(() -> UUID.randomUUID().toString());
    }

    public static Optional<String> traceparent() {
        return Optional.ofNullable(TRACE.get());
    }

    public static <T> T within(String correlationId, String traceparent, Supplier<T> work) {
        String previous = CURRENT.get();
        String previousTrace = TRACE.get();
        CURRENT.set(correlationId);
        TRACE.set(traceparent);
        MDC.put(MDC_KEY, correlationId);
        try {
            return work.get();
        } finally {
            restore(CURRENT, previous);
            restore(TRACE, previousTrace);
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        }
    }

    private static void restore(ThreadLocal<String> holder, String value) {
        if (value == null) {
            holder.remove();
        } else {
            holder.set(value);
        }
    }
}
