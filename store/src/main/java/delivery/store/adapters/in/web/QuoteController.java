package delivery.store.adapters.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import delivery.store.application.port.in.QuoteOrderUseCase;
import delivery.store.application.port.in.QuoteOrderUseCase.QuoteOrderCommand;
import delivery.store.domain.ChosenOption;
import delivery.store.domain.Quote;
import delivery.store.domain.QuotedLine;
import delivery.store.domain.RequestedItem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.UUID;

/**
 * The order service's synchronous check and pricing of an order (a contract with the order
 * service): 200 with the priced lines, or a problem naming the field at fault. Writes nothing.
 */
@Controller("/api/stores/{storeId}/quotes")
@ExecuteOn(TaskExecutors.BLOCKING)
class QuoteController {

    private final QuoteOrderUseCase quoteOrder;

    QuoteController(QuoteOrderUseCase quoteOrder) {
        this.quoteOrder = quoteOrder;
    }

    @Post
    @Status(HttpStatus.OK)
    QuoteResponse quote(@PathVariable UUID storeId, @Body @Valid QuoteRequest request) {
        List<RequestedItem> items = request.items() == null ? List.of() : request.items().stream()
                .map(item -> item == null ? new RequestedItem(null, null, List.of()) : new RequestedItem(item.productId(),
                        item.quantity(), item.options() == null ? List.of() : item.options().stream()
                        .map(option -> option == null ? new ChosenOption(null, null)
                                : new ChosenOption(option.name(), option.quantity())).toList()))
                .toList();
        return QuoteResponse.of(quoteOrder.quote(new QuoteOrderCommand(storeId, request.siteId(), request.slotId(), items)));
    }

    @Serdeable
    record QuoteRequest(@NotNull UUID siteId, @NotNull UUID slotId, @Nullable List<ItemRequest> items) {
    }

    @Serdeable
    record ItemRequest(@Nullable UUID productId, @Nullable Integer quantity, @Nullable List<OptionRequest> options) {
    }

    @Serdeable
    record OptionRequest(@Nullable String name, @Nullable Integer quantity) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record QuoteResponse(UUID storeId, UUID siteId, UUID slotId, List<LineResponse> lines, long totalAmount) {
        static QuoteResponse of(Quote quote) {
            return new QuoteResponse(quote.storeId(), quote.siteId(), quote.slotId(),
                    quote.lines().stream().map(LineResponse::of).toList(), quote.totalAmount());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record LineResponse(UUID productId, String name, long unitPrice, int quantity, List<OptionResponse> options) {
        static LineResponse of(QuotedLine line) {
            return new LineResponse(line.productId(), line.name(), line.unitPrice(), line.quantity(),
                    line.options().stream().map(option -> new OptionResponse(option.name(), option.unitPrice(),
                            option.quantity())).toList());
        }
    }

    @Serdeable
    record OptionResponse(String name, long unitPrice, int quantity) {
    }
}
