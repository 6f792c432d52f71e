package delivery.rider.adapters.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import delivery.rider.application.port.in.DeliveryLifecycleUseCase;
import delivery.rider.application.port.in.DeliveryLifecycleUseCase.MissingReported;
import delivery.rider.application.port.in.DeliveryLifecycleUseCase.ReportMissingCommand;
import delivery.rider.application.port.in.FindDeliveriesQuery;
import delivery.rider.application.port.in.FindDeliveriesQuery.DeliveriesFilter;
import delivery.rider.domain.Delivery;
import delivery.rider.domain.Fault;
import delivery.rider.domain.InvalidValueException;
import delivery.rider.domain.MissingItem;
import delivery.rider.domain.Resolution;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Controller("/api/deliveries")
@ExecuteOn(TaskExecutors.BLOCKING)
class DeliveryController {

    private final FindDeliveriesQuery findDeliveries;
    private final DeliveryLifecycleUseCase lifecycle;

    DeliveryController(FindDeliveriesQuery findDeliveries, DeliveryLifecycleUseCase lifecycle) {
        this.findDeliveries = findDeliveries;
        this.lifecycle = lifecycle;
    }

    @Get
    List<DeliveryResponse> find(@Nullable @QueryValue UUID orderId, @Nullable @QueryValue UUID riderId) {
        if (orderId == null && riderId == null) {
            throw new MissingQueryParametersException(List.of("orderId", "riderId"));
        }
        return findDeliveries.findDeliveries(new DeliveriesFilter(orderId, riderId)).stream()
                .map(DeliveryResponse::of).toList();
    }

    @Post("/{deliveryId}/pickup")
    DeliveryResponse pickUp(@PathVariable UUID deliveryId) {
        return DeliveryResponse.of(lifecycle.pickUp(deliveryId));
    }

    @Post("/{deliveryId}/delay")
    DeliveryResponse delay(@PathVariable UUID deliveryId, @Body @Valid DelayRequest request) {
        return DeliveryResponse.of(lifecycle.delay(deliveryId, request.reason()));
    }

    @Post("/{deliveryId}/complete")
    DeliveryResponse complete(@PathVariable UUID deliveryId) {
        return DeliveryResponse.of(lifecycle.complete(deliveryId));
    }

    /** All or nothing: a delivery that cannot complete fails the request (409 naming it) and completes none. */
    @Post("/complete")
    List<DeliveryResponse> completeAll(@Body @Valid CompleteDeliveriesRequest request) {
        return lifecycle.completeAll(request.deliveryIds()).stream().map(DeliveryResponse::of).toList();
    }

    @Post("/{deliveryId}/missing")
    MissingReportResponse reportMissing(@PathVariable UUID deliveryId, @Body @Valid MissingReportRequest request) {
        List<MissingItem> items = request.items() == null ? List.of()
                : request.items().stream().map(item -> new MissingItem(item.productId(), item.quantity())).toList();
        MissingReported reported = lifecycle.reportMissing(new ReportMissingCommand(deliveryId,
                named("fault", Fault.class, request.fault()), named("resolution", Resolution.class, request.resolution()),
                items));
        return new MissingReportResponse(DeliveryResponse.of(reported.delivery()),
                reported.redelivery() == null ? null : DeliveryResponse.of(reported.redelivery()));
    }

    private static <E extends Enum<E>> E named(String field, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, field + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    @Serdeable
    record DelayRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @Serdeable
    record CompleteDeliveriesRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> deliveryIds) {
    }

    @Serdeable
    record MissingReportRequest(@NotBlank String fault, @NotBlank String resolution,
                                @Nullable @Size(max = 100) List<@NotNull @Valid MissingItemRequest> items) {
    }

    @Serdeable
    record MissingItemRequest(@NotNull UUID productId, @NotNull @Positive Integer quantity) {
    }

    /** riderId is null until dispatch assigns a rider, and boxNumber until the delivery is completed; both say so. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record DeliveryResponse(UUID deliveryId, UUID orderId, @Nullable UUID riderId, String status, UUID storeId,
                            UUID siteId, UUID slotId, String serviceDate, @Nullable String boxNumber,
                            @Nullable UUID redeliveryOf) {
        static DeliveryResponse of(Delivery delivery) {
            return new DeliveryResponse(delivery.id(), delivery.orderId(), delivery.riderId(), delivery.status().name(),
                    delivery.storeId(), delivery.siteId(), delivery.slotId(), delivery.serviceDate().toString(),
                    delivery.boxNumber() == null ? null : String.valueOf(delivery.boxNumber()), delivery.redeliveryOf());
        }
    }

    /** The delivery the report was filed on and, for a REDELIVERY, the new delivery it opened. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MissingReportResponse(DeliveryResponse delivery, @Nullable DeliveryResponse redelivery) {
    }
}
