package delivery.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;

/**
 * Answers one of a service's own exceptions with a problem: the status given, the exception's
 * message as detail, and the field {@link #field} names. A service declares one small subclass
 * per exception type (a {@code @Singleton @Produces} bean).
 */
public abstract class ProblemHandler<E extends Throwable> implements ExceptionHandler<E, HttpResponse<?>> {

    private final Problems problems;
    private final HttpStatus status;

    protected ProblemHandler(Problems problems, HttpStatus status) {
        this.problems = problems;
        this.status = status;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, E exception) {
        return problems.respond(request, exception, status, exception.getMessage(), field(exception));
    }

    /** The request field the exception concerns; none by default. */
    @Nullable
    protected String field(E exception) {
        return null;
    }
}
