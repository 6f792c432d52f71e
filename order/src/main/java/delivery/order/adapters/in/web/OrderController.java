package delivery.order.adapters.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import delivery.order.application.port.in.OrderHistoryQuery;
import delivery.order.application.port.out.OrderPage;
import delivery.order.domain.Order;
import delivery.order.domain.OrderLine;
import delivery.order.domain.OrderLineOption;
import delivery.order.domain.TimelineEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The customer's view of their orders: one order with its timeline, or their history newest first.
 * Responses keep their whole shape: a missing box number or reason is null, no options an empty list.
 */
@Controller("/api/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
class OrderController {

    private final OrderHistoryQuery history;

    OrderController(OrderHistoryQuery history) {
        this.history = history;
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
