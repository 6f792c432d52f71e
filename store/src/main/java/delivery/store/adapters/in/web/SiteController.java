package delivery.store.adapters.in.web;

import delivery.store.application.port.in.RegisterSiteUseCase;
import delivery.store.application.port.in.RegisterSiteUseCase.RegisterSiteCommand;
import delivery.store.application.port.in.RegisterSlotUseCase;
import delivery.store.application.port.in.RegisterSlotUseCase.RegisterSlotCommand;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

@Controller("/api/sites")
@ExecuteOn(TaskExecutors.BLOCKING)
class SiteController {

    static final String HH_MM = "^([01]\\d|2[0-3]):[0-5]\\d$";

    private final RegisterSiteUseCase registerSite;
    private final RegisterSlotUseCase registerSlot;

    SiteController(RegisterSiteUseCase registerSite, RegisterSlotUseCase registerSlot) {
        this.registerSite = registerSite;
        this.registerSlot = registerSlot;
    }

    @Post
    HttpResponse<Map<String, UUID>> register(@Body @Valid RegisterSiteRequest request) {
        UUID siteId = registerSite.registerSite(new RegisterSiteCommand(request.name(), request.address()));
        return HttpResponse.created(Map.of("siteId", siteId), URI.create("/api/sites/" + siteId));
    }

    @Post("/{siteId}/slots")
    HttpResponse<Map<String, UUID>> registerSlot(@PathVariable UUID siteId, @Body @Valid RegisterSlotRequest request) {
        UUID slotId = registerSlot.registerSlot(new RegisterSlotCommand(siteId, LocalTime.parse(request.orderDeadline()),
                LocalTime.parse(request.pickupTime()), LocalTime.parse(request.arrivalTime())));
        return HttpResponse.created(Map.of("slotId", slotId), URI.create("/api/sites/" + siteId + "/slots/" + slotId));
    }

    @Serdeable
    record RegisterSiteRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 300) String address) {
    }

    @Serdeable
    record RegisterSlotRequest(@NotNull @Pattern(regexp = HH_MM, message = "must be a time HH:mm") String orderDeadline,
                               @NotNull @Pattern(regexp = HH_MM, message = "must be a time HH:mm") String pickupTime,
                               @NotNull @Pattern(regexp = HH_MM, message = "must be a time HH:mm") String arrivalTime) {
    }
}
