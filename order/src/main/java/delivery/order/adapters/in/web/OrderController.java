package delivery.order.adapters.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import delivery.order.application.port.in.CancelOrderUseCase;
import delivery.order.application.port.in.CancelOrderUseCase.CancelOrderCommand;
import delivery.order.application.port.in.OrderHistoryQuery;
import delivery.order.application.port.in.PlaceOrderUseCase;
import delivery.order.application.port.in.PlaceOrderUseCase.PlaceOrderCommand;
import delivery.order.application.port.in.PlaceOrderUseCase.PlacedOrder;
import delivery.order.application.port.out.OrderPage;
import delivery.order.domain.Order;
import delivery.order.domain.OrderLine;
import delivery.order.domain.OrderLineOption;
import delivery.order.domain.PaymentMethod;
import delivery.order.domain.RequestedItem;
import delivery.order.domain.RequestedItem.RequestedOption;
import delivery.order.domain.TimelineEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer's orders: placing one (optionally under an {@code Idempotency-Key}), cancelling
 * it before the store accepts, one order with its timeline, their history newest first.
 * Responses keep their whole shape: a missing box number or reason is null, no options an empty list.
 */
@Controller("/api/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrderController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OrderHistoryQuery history;
    private final PlaceOrderUseCase placeOrder;
    private final CancelOrderUseCase cancelOrder;

    OrderController(OrderHistoryQuery history, PlaceOrderUseCase placeOrder, CancelOrderUseCase cancelOrder) {
        this.history = history;
        this.placeOrder = placeOrder;
        this.cancelOrder = cancelOrder;
    }

    /** A retried request (same key, same body) gets the same 201 answer as the first; no second order. */
    @Post
    HttpResponse<PlacementResponse> place(@Header(IDEMPOTENCY_KEY) @Nullable @Size(min = 1, max = 200) String idempotencyKey,
                                          @Body @Valid PlaceOrderRequest request) {
        PlacedOrder placed = placeOrder.place(request.toCommand(idempotencyKey));
        return HttpResponse.created(new PlacementResponse(placed.orderId(), placed.status().name(), placed.totalAmount()),
                URI.create("/api/orders/" + placed.orderId()));
    }

    @Post("/{orderId}/cancel")
    OrderResponse cancel(@PathVariable UUID orderId, @Body @Valid CancelRequest request) {
        return OrderResponse.of(cancelOrder.cancel(new CancelOrderCommand(orderId, request.reason())));
    }

    @Get("/{orderId}")
    OrderResponse order(@PathVariable UUID orderId) {
        return OrderResponse.of(history.order(orderId));
    }

    /** {@code customerId} is checked by the use case, so a missing one is a problem naming it. */
    @Get
    OrderPageResponse ordersOf(@QueryValue @Nullable UUID customerId,
                               @QueryValue(defaultValue = "0") int page,
                               @QueryValue(defaultValue = "20") int size) {
        return OrderPageResponse.of(history.ordersOf(customerId, page, size));
    }

    @Serdeable
    record PlaceOrderRequest(@NotNull UUID customerId,
                             @NotNull UUID storeId,
                             @NotNull UUID siteId,
                             @NotNull UUID slotId,
                             @NotEmpty @Size(max = 50) List<@NotNull @Valid ItemRequest> items,
                             @Nullable @Size(max = 500) String note,
                             @NotNull @Valid PaymentRequest payment,
                             @Nullable @Size(min = 1, max = 50) String couponCode,
                             @Nullable @PositiveOrZero Long points) {
        PlaceOrderCommand toCommand(String idempotencyKey) {
            return new PlaceOrderCommand(idempotencyKey, customerId, storeId, siteId, slotId,
                    items.stream().map(ItemRequest::toItem).toList(), note, PaymentMethod.valueOf(payment.method()),
                    payment.cardToken(), couponCode, points == null ? 0 : points);
        }
    }

    @Serdeable
    record ItemRequest(@NotNull UUID productId,
                       @NotNull @Positive @Max(999) Integer quantity,
                       @Nullable @Size(max = 20) List<@NotNull @Valid OptionRequest> options) {
        RequestedItem toItem() {
            return new RequestedItem(productId, quantity, options == null ? List.of()
                    : options.stream().map(option -> new RequestedOption(option.name(), option.quantity())).toList());
        }
    }

    @Serdeable
    record OptionRequest(@NotBlank @Size(max = 100) String name, @NotNull @PositiveOrZero @Max(999) Integer quantity) {
    }

    /** {@code cardToken} is required for CARD and refused for VIRTUAL_ACCOUNT (checked by the order's rules). */
    @Serdeable
    record PaymentRequest(@NotNull @Pattern(regexp = "CARD|VIRTUAL_ACCOUNT", message = "must be CARD or VIRTUAL_ACCOUNT")
                          String method,
                          @Nullable @Size(max = 200) String cardToken) {
    }

    @Serdeable
    record PlacementResponse(UUID orderId, String status, long totalAmount) {
    }

    @Serdeable
    record CancelRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OrderResponse(UUID orderId, String status, UUID customerId, UUID storeId, List<ItemResponse> items,
                         long totalAmount, @Nullable String boxNumber, List<TimelineEntryResponse> timeline) {
        static OrderResponse of(Order order) {
            return new OrderResponse(order.id(), order.status().name(), order.customerId(), order.storeId(),
                    order.lines().stream().map(ItemResponse::of).toList(), order.totalAmount(), order.boxNumber(),
                    order.timeline().stream().map(TimelineEntryResponse::of).toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ItemResponse(UUID productId, String name, long unitPrice, int quantity, List<OptionResponse> options,
                        long amount) {
        static ItemResponse of(OrderLine line) {
            return new ItemResponse(line.productId(), line.name(), line.unitPrice(), line.quantity(),
                    line.options().stream().map(OptionResponse::of).toList(), line.amount());
        }
    }

    @Serdeable
    record OptionResponse(String name, long unitPrice, int quantity) {
        static OptionResponse of(OrderLineOption option) {
            return new OptionResponse(option.name(), option.unitPrice(), option.quantity());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TimelineEntryResponse(String status, Instant at, @Nullable String reason) {
        static TimelineEntryResponse of(TimelineEntry entry) {
            return new TimelineEntryResponse(entry.status().name(), entry.at(), entry.reason());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OrderPageResponse(List<OrderResponse> items, int page, int size, long total) {
        static OrderPageResponse of(OrderPage page) {
            return new OrderPageResponse(page.orders().stream().map(OrderResponse::of).toList(), page.page(),
                    page.size(), page.total());
        }
    }
}
