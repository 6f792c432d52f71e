package delivery.billing.adapters.in.web;

import delivery.billing.application.port.in.CreateCouponUseCase;
import delivery.billing.application.port.in.CreateCouponUseCase.CreateCouponCommand;
import delivery.billing.domain.Coupon;
import delivery.billing.domain.CouponType;
import delivery.billing.domain.InvalidValueException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

@Controller("/api/coupons")
@ExecuteOn(TaskExecutors.BLOCKING)
class CouponController {

    private final CreateCouponUseCase createCoupon;

    CouponController(CreateCouponUseCase createCoupon) {
        this.createCoupon = createCoupon;
    }

    @Post
    HttpResponse<CouponCreatedResponse> create(@Body @Valid CreateCouponRequest request) {
        Coupon coupon = createCoupon.createCoupon(new CreateCouponCommand(request.code(),
                CouponType.valueOf(request.type()), request.value().longValueExact(),
                instant("expiresAt", request.expiresAt())));
        return HttpResponse.created(new CouponCreatedResponse(coupon.id(), coupon.code()),
                URI.create("/api/coupons/" + coupon.id()));
    }

    /** ISO-8601 with an offset, {@code 2030-01-31T15:00:00Z} or {@code 2030-02-01T00:00:00+09:00}. */
    private static Instant instant(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field,
                    field + " must be an ISO-8601 instant such as 2030-01-31T15:00:00Z, was " + text);
        }
    }

    /** value is a BigDecimal so that 12.5 is refused rather than silently read as 12. */
    @Serdeable
    record CreateCouponRequest(
            @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{3,40}", message = "must be 3 to 40 letters, digits, '_' or '-'")
            String code,
            @NotNull @Pattern(regexp = "AMOUNT|PERCENT", message = "must be AMOUNT or PERCENT") String type,
            @NotNull @Positive @Digits(integer = 18, fraction = 0, message = "must be a whole number") BigDecimal value,
            @NotBlank String expiresAt) {
    }

    @Serdeable
    record CouponCreatedResponse(UUID couponId, String code) {
    }
}
