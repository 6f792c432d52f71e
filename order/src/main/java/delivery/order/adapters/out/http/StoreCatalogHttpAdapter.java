package delivery.order.adapters.out.http;

import delivery.order.adapters.out.http.StoreClient.QuoteBody;
import delivery.order.adapters.out.http.StoreClient.QuoteResponse;
import delivery.order.adapters.out.http.StoreClient.StoreProblem;
import delivery.order.application.port.out.StoreCatalogPort;
import delivery.order.application.port.out.StoreCatalogUnavailableException;
import delivery.order.domain.Quote;
import delivery.order.domain.QuoteRefusedException;
import delivery.order.domain.QuoteRefusedException.Refusal;
import delivery.order.domain.QuoteRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.retry.annotation.CircuitBreaker;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the store service to check and price an order. The store's refusals (4xx problem
 * responses) become {@link QuoteRefusedException}s with the store's status, detail and field;
 * anything else that keeps the store from answering is {@link StoreCatalogUnavailableException}.
 * After a call that still fails once the client's retries are spent, the circuit opens: until
 * {@code store-catalog.circuit.reset} has passed, calls fail at once without touching the network.
 * Refusals neither retry nor open the circuit.
 */
@Singleton
class StoreCatalogHttpAdapter implements StoreCatalogPort {

    private static final Logger LOG = LoggerFactory.getLogger(StoreCatalogHttpAdapter.class);
    private static final Map<Integer, Refusal> REFUSALS = Map.of(
            400, Refusal.INVALID, 404, Refusal.UNKNOWN, 409, Refusal.CONFLICT);

    private final StoreClient client;
    private final JsonMapper json;

    StoreCatalogHttpAdapter(StoreClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    @Override
    @CircuitBreaker(attempts = "0", reset = "${store-catalog.circuit.reset:20s}",
            includes = StoreCatalogUnavailableException.class)
    public Quote quote(QuoteRequest request) {
        HttpResponse<QuoteResponse> response = call(request);
        if (response.code() >= 400) {
            throw refusal(response);
        }
        QuoteResponse body = response.getBody().orElseThrow(() ->
                new IllegalStateException("the store answered " + response.code() + " without a quote"));
        Quote quote = body.toQuote();
        if (!quote.answers(request)) {
            throw new IllegalStateException("the store's quote does not answer the request: " + body);
        }
        return quote;
    }

    private HttpResponse<QuoteResponse> call(QuoteRequest request) {
        try {
            return client.quote(request.storeId(), QuoteBody.of(request));
        } catch (HttpClientResponseException e) {
            if (e.code() < 500) {
                throw refusal(e.getResponse());
            }
            throw new StoreCatalogUnavailableException("the store service answered " + e.code(), e);
        } catch (RuntimeException e) {
            // no connection, a timeout, no instance in Consul
            throw new StoreCatalogUnavailableException("the store service cannot be reached: " + e.getMessage(), e);
        }
    }

    private QuoteRefusedException refusal(HttpResponse<?> response) {
        Refusal refusal = REFUSALS.get(response.code());
        StoreProblem problem = problem(response);
        if (refusal == null) {
            throw new IllegalStateException("the store answered " + response.code() + " (" + problem.detail()
                    + "), which the quote contract does not have");
        }
        String detail = problem.detail() != null ? problem.detail() : "the store refused the order";
        return new QuoteRefusedException(refusal, problem.field(), detail);
    }

    private StoreProblem problem(HttpResponse<?> response) {
        Optional<String> body = response.getBody(String.class);
        if (body.isEmpty() || body.get().isBlank()) {
            return new StoreProblem(response.code(), null, null);
        }
        try {
            StoreProblem problem = json.readValue(body.get(), StoreProblem.class);
            return problem == null ? new StoreProblem(response.code(), null, null) : problem;
        } catch (IOException | RuntimeException e) {
            LOG.warn("the store's {} answer is not a problem: {}", response.code(), body.get());
            return new StoreProblem(response.code(), null, null);
        }
    }
}
