package delivery.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;

/**
 * Renders every JSON error of the service, the framework's own (unknown route, unreadable body,
 * constraint violations) and the service's, as application/problem+json.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        List<Problem.FieldError> errors = context.getErrors().stream()
                .map(error -> new Problem.FieldError(field(error), error.getMessage()))
                .toList();
        String title = context.getErrors().stream().map(Error::getTitle).flatMap(java.util.Optional::stream)
                .findFirst().orElse(response.reason());
        String detail = errors.isEmpty() ? null : errors.get(0).message();
        String field = errors.stream().map(Problem.FieldError::field).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        return new Problem("about:blank", title, response.code(), detail, context.getRequest().getPath(), field,
                errors.stream().anyMatch(e -> e.field() != null) ? errors : null);
    }

    @Override
    public String contentType() {
        return Problem.CONTENT_TYPE;
    }

    /**
     * Constraint violations arrive with paths like {@code register.request.commission.type}
     * (method, parameter, then the field); clients know only the field.
     */
    private static String field(Error error) {
        return error.getPath().map(path -> {
            String[] parts = path.split("\\.");
            if (parts.length >= 3) {
                return String.join(".", Arrays.copyOfRange(parts, 2, parts.length));
            }
            return parts[parts.length - 1];
        }).orElse(null);
    }
}
