package delivery.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Renders every JSON error of the service, the framework's own (unknown route, unreadable body,
 * constraint violations) and the service's, as application/problem+json.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemBodyProvider.class);

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        if (response.code() >= 500) {
            // the cause stays in the log; the client learns only that the fault is ours
            context.getRootCause().ifPresent(cause -> LOG.error("{} {} failed", context.getRequest().getMethod(),
                    context.getRequest().getPath(), cause));
            return new Problem("about:blank", response.reason(), response.code(),
                    "The service could not complete the request; it has been logged.", context.getRequest().getPath(),
                    null, null);
        }
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

    /** The framework names request parts as JSON pointers ({@code /recipientId}); clients know them by name. */
    private static String field(Error error) {
        return error.getPath().map(path -> path.startsWith("/") ? path.substring(1).replace('/', '.') : path).orElse(null);
    }
}
