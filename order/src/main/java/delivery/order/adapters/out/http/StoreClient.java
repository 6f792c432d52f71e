package delivery.order.adapters.out.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import delivery.order.domain.OrderLine;
import delivery.order.domain.OrderLineOption;
import delivery.order.domain.Quote;
import delivery.order.domain.QuoteRequest;
import delivery.order.domain.RequestedItem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.retry.annotation.Retryable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * The store service's quote endpoint, found through Consul by its service id (or at
 * {@code micronaut.http.services.store.url}), with the timeouts of
 * {@code micronaut.http.services.store.*}. Transient failures are retried here; refusals never are.
 * Returning the response keeps a 404 a response (the client would turn it into null otherwise).
 */
@Client(id = "store")
@Retryable(attempts = "${store-catalog.retry.attempts:1}", delay = "${store-catalog.retry.delay:200ms}",
        multiplier = "1.0", predicate = TransientFailure.class)
interface StoreClient {

    @Post("/api/stores/{storeId}/quotes")
    HttpResponse<QuoteResponse> quote(@PathVariable UUID storeId, @Body QuoteBody body);

    /** What the store is asked: every field is always sent, an item without options with an empty list. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record QuoteBody(UUID siteId, UUID slotId, List<ItemBody> items) {
        static QuoteBody of(QuoteRequest request) {
            return new QuoteBody(request.siteId(), request.slotId(), request.items().stream().map(ItemBody::of).toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ItemBody(UUID productId, int quantity, List<OptionBody> options) {
        static ItemBody of(RequestedItem item) {
            return new ItemBody(item.productId(), item.quantity(),
                    item.options().stream().map(option -> new OptionBody(option.name(), option.quantity())).toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OptionBody(String name, int quantity) {
    }

    @Serdeable
    record QuoteResponse(UUID storeId, UUID siteId, UUID slotId, List<LineResponse> lines, long totalAmount) {
        Quote toQuote() {
            return new Quote(storeId, siteId, slotId, lines.stream().map(LineResponse::toLine).toList(), totalAmount);
        }
    }

    @Serdeable
    record LineResponse(UUID productId, String name, long unitPrice, int quantity,
                        @Nullable List<OptionLineResponse> options) {
        OrderLine toLine() {
            return new OrderLine(productId, name, unitPrice, quantity, options == null ? List.of()
                    : options.stream().map(option -> new OrderLineOption(option.name(), option.unitPrice(),
                    option.quantity())).toList());
        }
    }

    @Serdeable
    record OptionLineResponse(String name, long unitPrice, int quantity) {
    }

    /** The store's refusal, an application/problem+json body. */
    @Serdeable
    record StoreProblem(@Nullable Integer status, @Nullable String detail, @Nullable String field) {
    }
}
