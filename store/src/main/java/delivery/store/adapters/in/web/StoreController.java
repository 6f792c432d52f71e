package delivery.store.adapters.in.web;

import delivery.store.application.port.in.RegisterStoreUseCase;
import delivery.store.application.port.in.RegisterStoreUseCase.RegisterStoreCommand;
import delivery.store.application.port.in.ReviewStoreUseCase;
import delivery.store.domain.Commission;
import delivery.store.domain.Store;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

@Controller("/api/stores")
@ExecuteOn(TaskExecutors.BLOCKING)
class StoreController {

    private final RegisterStoreUseCase registerStore;
    private final ReviewStoreUseCase reviewStore;

    StoreController(RegisterStoreUseCase registerStore, ReviewStoreUseCase reviewStore) {
        this.registerStore = registerStore;
        this.reviewStore = reviewStore;
    }

    @Post
    HttpResponse<StoreStatusResponse> register(@Body @Valid RegisterStoreRequest request) {
        Store store = registerStore.registerStore(new RegisterStoreCommand(request.name(), request.ownerId(),
                LocalTime.parse(request.openTime()), LocalTime.parse(request.closeTime()),
                new LinkedHashSet<>(request.siteIds()), request.capacityPerSlot(),
                new Commission(Commission.Type.valueOf(request.commission().type()), request.commission().value())));
        return HttpResponse.created(StoreStatusResponse.of(store), URI.create("/api/stores/" + store.id()));
    }

    @Post("/{storeId}/approve")
    StoreStatusResponse approve(@PathVariable UUID storeId) {
        return StoreStatusResponse.of(reviewStore.approve(storeId));
    }

    @Post("/{storeId}/reject")
    StoreStatusResponse reject(@PathVariable UUID storeId, @Body @Valid RejectStoreRequest request) {
        return StoreStatusResponse.of(reviewStore.reject(storeId, request.reason()));
    }

    @Serdeable
    record RegisterStoreRequest(@NotBlank @Size(max = 100) String name,
                                @NotNull UUID ownerId,
                                @NotNull @Pattern(regexp = SiteController.HH_MM, message = "must be a time HH:mm") String openTime,
                                @NotNull @Pattern(regexp = SiteController.HH_MM, message = "must be a time HH:mm") String closeTime,
                                @NotEmpty List<@NotNull UUID> siteIds,
                                @NotNull @Positive @Max(10_000) Integer capacityPerSlot,
                                @NotNull @Valid CommissionRequest commission) {
    }

    /** RATE: value in basis points of the order amount (1000 = 10 %); FIXED: KRW per delivered order. */
    @Serdeable
    record CommissionRequest(@NotNull @Pattern(regexp = "RATE|FIXED", message = "must be RATE or FIXED") String type,
                             @NotNull @PositiveOrZero Long value) {
    }

    @Serdeable
    record RejectStoreRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @Serdeable
    record StoreStatusResponse(UUID storeId, String status, @Nullable String reason) {
        static StoreStatusResponse of(Store store) {
            return new StoreStatusResponse(store.id(), store.status().name(), store.rejectionReason());
        }
    }
}
