package delivery.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance},
 * plus {@code field} (the first offending input) and {@code errors} (every offending input).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, @Nullable String detail, @Nullable String instance,
                      @Nullable String field, @Nullable List<FieldError> errors) {

    public static final String CONTENT_TYPE = "application/problem+json";

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldError(@Nullable String field, String message) {
    }
}
