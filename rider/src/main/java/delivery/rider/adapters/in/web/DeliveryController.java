package delivery.rider.adapters.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import delivery.rider.application.port.in.FindDeliveriesQuery;
import delivery.rider.application.port.in.FindDeliveriesQuery.DeliveriesFilter;
import delivery.rider.domain.Delivery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

@Controller("/api/deliveries")
@ExecuteOn(TaskExecutors.BLOCKING)
class DeliveryController {

    private final FindDeliveriesQuery findDeliveries;

    DeliveryController(FindDeliveriesQuery findDeliveries) {
        this.findDeliveries = findDeliveries;
    }

    @Get
    List<DeliveryResponse> find(@Nullable @QueryValue UUID orderId, @Nullable @QueryValue UUID riderId) {
        if (orderId == null && riderId == null) {
            throw new MissingQueryParametersException(List.of("orderId", "riderId"));
        }
        return findDeliveries.findDeliveries(new DeliveriesFilter(orderId, riderId)).stream()
                .map(DeliveryResponse::of).toList();
    }

    /** riderId is null until dispatch assigns a rider, and says so rather than going missing. */
    @Serdeable
    record DeliveryResponse(UUID deliveryId, UUID orderId,
                            @Nullable @JsonInclude(JsonInclude.Include.ALWAYS) UUID riderId, String status) {
        static DeliveryResponse of(Delivery delivery) {
            return new DeliveryResponse(delivery.id(), delivery.orderId(), delivery.riderId(), delivery.status().name());
        }
    }
}
