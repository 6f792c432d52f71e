package delivery.store.adapters.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import delivery.store.application.port.in.RegisterStoreUseCase;
import delivery.store.application.port.in.RegisterStoreUseCase.RegisterStoreCommand;
import delivery.store.application.port.in.ReviewStoreUseCase;
import delivery.store.application.port.in.StoreQueries;
import delivery.store.domain.Commission;
import delivery.store.domain.Store;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

@Controller("/api/stores")
@ExecuteOn(TaskExecutors.BLOCKING)
class StoreController {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final RegisterStoreUseCase registerStore;
    private final ReviewStoreUseCase reviewStore;
    private final StoreQueries queries;

    StoreController(RegisterStoreUseCase registerStore, ReviewStoreUseCase reviewStore, StoreQueries queries) {
        this.registerStore = registerStore;
        this.reviewStore = reviewStore;
        this.queries = queries;
    }

    @Get("/{storeId}")
    StoreResponse store(@PathVariable UUID storeId) {
        return StoreResponse.of(queries.store(storeId));
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
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StoreResponse(UUID storeId, String name, UUID ownerId, String status, @Nullable String reason,
                         String openTime, String closeTime, List<UUID> siteIds, int capacityPerSlot,
                         CommissionResponse commission) {
        static StoreResponse of(Store store) {
            return new StoreResponse(store.id(), store.name(), store.ownerId(), store.status().name(),
                    store.rejectionReason(), HH_MM.format(store.openTime()), HH_MM.format(store.closeTime()),
                    store.siteIds().stream().sorted().toList(), store.capacityPerSlot(),
                    new CommissionResponse(store.commission().type().name(), store.commission().value()));
        }
    }

    @Serdeable
    record CommissionResponse(String type, long value) {
    }

    @Serdeable
    record StoreStatusResponse(UUID storeId, String status, @Nullable String reason) {
        static StoreStatusResponse of(Store store) {
            return new StoreStatusResponse(store.id(), store.status().name(), store.rejectionReason());
        }
    }
}
