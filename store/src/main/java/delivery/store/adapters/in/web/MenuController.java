package delivery.store.adapters.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import delivery.store.application.port.in.AddProductUseCase;
import delivery.store.application.port.in.AddProductUseCase.AddProductCommand;
import delivery.store.application.port.in.StoreQueries;
import delivery.store.application.port.in.UpdateProductUseCase;
import delivery.store.application.port.in.UpdateProductUseCase.UpdateProductCommand;
import delivery.store.domain.Menu;
import delivery.store.domain.Product;
import delivery.store.domain.ProductOption;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A store's products and its menu. Option values are checked by the domain, which names each by its index. */
@Controller("/api/stores/{storeId}")
@ExecuteOn(TaskExecutors.BLOCKING)
class MenuController {

    private final AddProductUseCase addProduct;
    private final UpdateProductUseCase updateProduct;
    private final StoreQueries queries;

    MenuController(AddProductUseCase addProduct, UpdateProductUseCase updateProduct, StoreQueries queries) {
        this.addProduct = addProduct;
        this.updateProduct = updateProduct;
        this.queries = queries;
    }

    @Post("/products")
    HttpResponse<Map<String, UUID>> add(@PathVariable UUID storeId, @Body @Valid AddProductRequest request) {
        List<ProductOption> options = new ArrayList<>();
        List<OptionRequest> requested = request.options() == null ? List.of() : request.options();
        for (int j = 0; j < requested.size(); j++) {
            OptionRequest option = requested.get(j) == null ? new OptionRequest(null, null, null, null) : requested.get(j);
            options.add(ProductOption.of(j, option.name(), option.price(), option.min(), option.max()));
        }
        UUID productId = addProduct.addProduct(new AddProductCommand(storeId, request.name(), request.price(), options));
        return HttpResponse.created(Map.of("productId", productId),
                URI.create("/api/stores/" + storeId + "/products/" + productId));
    }

    @Patch("/products/{productId}")
    ProductResponse update(@PathVariable UUID storeId, @PathVariable UUID productId,
                           @Body @Valid UpdateProductRequest request) {
        return ProductResponse.of(updateProduct.updateProduct(new UpdateProductCommand(storeId, productId,
                request.soldOut(), request.name(), request.price())));
    }

    @Get("/menu")
    MenuResponse menu(@PathVariable UUID storeId) {
        return MenuResponse.of(queries.menu(storeId));
    }

    @Serdeable
    record AddProductRequest(@NotBlank @Size(max = 100) String name,
                             @NotNull @PositiveOrZero Long price,
                             @Nullable List<OptionRequest> options) {
    }

    @Serdeable
    record OptionRequest(@Nullable String name, @Nullable Long price, @Nullable Integer min, @Nullable Integer max) {
    }

    /** Each value given replaces the product's; {@code soldOut} is the usual one. */
    @Serdeable
    record UpdateProductRequest(@Nullable Boolean soldOut, @Nullable @Size(max = 100) String name,
                                @Nullable @PositiveOrZero Long price) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MenuResponse(UUID storeId, String name, String status, String openTime, String closeTime,
                        List<ProductResponse> products) {
        static MenuResponse of(Menu menu) {
            return new MenuResponse(menu.store().id(), menu.store().name(), menu.store().status().name(),
                    StoreController.HH_MM.format(menu.store().openTime()),
                    StoreController.HH_MM.format(menu.store().closeTime()),
                    menu.products().stream().map(ProductResponse::of).toList());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProductResponse(UUID productId, String name, long price, boolean soldOut, List<OptionResponse> options) {
        static ProductResponse of(Product product) {
            return new ProductResponse(product.id(), product.name(), product.price(), product.soldOut(),
                    product.options().stream().map(option -> new OptionResponse(option.name(), option.price(),
                            option.min(), option.max())).toList());
        }
    }

    @Serdeable
    record OptionResponse(String name, long price, int min, int max) {
    }
}
