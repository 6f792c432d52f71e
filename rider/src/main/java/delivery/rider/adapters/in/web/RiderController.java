package delivery.rider.adapters.in.web;

import delivery.rider.application.port.in.ChangeAvailabilityUseCase;
import delivery.rider.application.port.in.ChangeAvailabilityUseCase.ChangeAvailabilityCommand;
import delivery.rider.application.port.in.GetRiderQuery;
import delivery.rider.application.port.in.RegisterRiderUseCase;
import delivery.rider.application.port.in.RegisterRiderUseCase.RegisterRiderCommand;
import delivery.rider.domain.Rider;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Controller("/api/riders")
@ExecuteOn(TaskExecutors.BLOCKING)
class RiderController {

    private final RegisterRiderUseCase registerRider;
    private final ChangeAvailabilityUseCase changeAvailability;
    private final GetRiderQuery getRider;

    RiderController(RegisterRiderUseCase registerRider, ChangeAvailabilityUseCase changeAvailability,
                    GetRiderQuery getRider) {
        this.registerRider = registerRider;
        this.changeAvailability = changeAvailability;
        this.getRider = getRider;
    }

    @Post
    HttpResponse<Map<String, UUID>> register(@Body @Valid RegisterRiderRequest request) {
        UUID riderId = registerRider.registerRider(
                new RegisterRiderCommand(request.name(), new LinkedHashSet<>(request.siteIds())));
        return HttpResponse.created(Map.of("riderId", riderId), URI.create("/api/riders/" + riderId));
    }

    @Put("/{riderId}/availability")
    AvailabilityResponse changeAvailability(@PathVariable UUID riderId, @Body @Valid AvailabilityRequest request) {
        Rider rider = changeAvailability.changeAvailability(new ChangeAvailabilityCommand(riderId, request.available()));
        return new AvailabilityResponse(rider.id(), rider.available());
    }

    @Get("/{riderId}")
    RiderResponse get(@PathVariable UUID riderId) {
        return RiderResponse.of(getRider.getRider(riderId));
    }

    @Serdeable
    record RegisterRiderRequest(@NotBlank @Size(max = 100) String name,
                                @NotEmpty @Size(max = 100) List<@NotNull UUID> siteIds) {
    }

    @Serdeable
    record AvailabilityRequest(@NotNull Boolean available) {
    }

    @Serdeable
    record AvailabilityResponse(UUID riderId, boolean available) {
    }

    @Serdeable
    record RiderResponse(UUID riderId, String name, List<UUID> siteIds, boolean available) {
        static RiderResponse of(Rider rider) {
            return new RiderResponse(rider.id(), rider.name(), rider.siteIds().stream().sorted().toList(),
                    rider.available());
        }
    }
}
