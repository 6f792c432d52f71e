package delivery.order.adapters.out.http;

import com.sun.net.httpserver.HttpServer;
import delivery.order.application.port.out.StoreCatalogPort;
import delivery.order.application.port.out.StoreCatalogUnavailableException;
import delivery.order.domain.QuoteRefusedException;
import delivery.order.domain.QuoteRefusedException.Refusal;
import delivery.order.domain.QuoteRequest;
import delivery.order.domain.RequestedItem;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The store client's resilience against a real (if tiny) HTTP store on a local port: what is
 * retried, when the circuit opens and how fast it then fails, and the read timeout. Refusals
 * (the quote contract itself) are covered by {@link StoreQuotePactTest}.
 */
class StoreCatalogHttpAdapterTest {

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer store;
    private ApplicationContext context;

    @BeforeEach
    void startStore() throws IOException {
        store = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        store.start();
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        store.stop(0);
    }

    @Test
    void aFailingStoreIsRetriedOnceThenTheCircuitOpensAndCallsFailWithoutReachingIt() {
        answer(503, "application/problem+json", "{\"status\":503,\"detail\":\"down for maintenance\"}");
        StoreCatalogPort catalog = catalogAt("http://127.0.0.1:" + store.getAddress().getPort());

        assertThatThrownBy(() -> catalog.quote(request())).isInstanceOf(StoreCatalogUnavailableException.class);
        assertThat(requests.get()).isEqualTo(2);

        long started = System.nanoTime();
        assertThatThrownBy(() -> catalog.quote(request())).isInstanceOf(StoreCatalogUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));
        assertThat(requests.get()).as("the open circuit keeps calls off the network").isEqualTo(2);
    }

    @Test
    void aRefusalIsNeitherRetriedNorOpensTheCircuit() {
        answer(404, "application/problem+json",
                "{\"status\":404,\"detail\":\"unknown product\",\"field\":\"items[0].productId\"}");
        StoreCatalogPort catalog = catalogAt("http://127.0.0.1:" + store.getAddress().getPort());

        for (int call = 1; call <= 3; call++) {
            QuoteRefusedException refused = catchThrowableOfType(QuoteRefusedException.class,
                    () -> catalog.quote(request()));
            assertThat(refused.refusal()).isEqualTo(Refusal.UNKNOWN);
            assertThat(refused.field()).isEqualTo("items[0].productId");
            assertThat(refused.getMessage()).isEqualTo("unknown product");
            assertThat(requests.get()).isEqualTo(call);
        }
    }

    @Test
    void aStoreThatDoesNotAnswerTimesOutAndCountsAsUnavailable() throws IOException {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept()); // read nothing, answer nothing
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            StoreCatalogPort catalog = catalogAt("http://127.0.0.1:" + silent.getLocalPort());

            long started = System.nanoTime();
            assertThatThrownBy(() -> catalog.quote(request())).isInstanceOf(StoreCatalogUnavailableException.class);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            // two attempts of a 1 s read timeout and the retry's delay, not the client's default of 10 s
            assertThat(took).isBetween(Duration.ofMillis(1_900), Duration.ofMillis(4_000));
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private void answer(int status, String contentType, String body) {
        store.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private StoreCatalogPort catalogAt(String url) {
        context = ApplicationContext.run(Map.of("micronaut.http.services.store.url", url), "test");
        return context.getBean(StoreCatalogPort.class);
    }

    private static QuoteRequest request() {
        return new QuoteRequest(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                List.of(new RequestedItem(UUID.randomUUID(), 1, List.of())));
    }
}
