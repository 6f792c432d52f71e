package delivery.store.adapters.in.web;

import delivery.store.application.port.in.UnknownIdException;
import delivery.store.domain.IllegalTransitionException;
import delivery.store.domain.InvalidValueException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.zalando.problem.Problem;
import org.zalando.problem.Status;

/** Turns the store's rule violations into RFC 9457 problem responses that name the offending field. */
final class ProblemHandlers {

    private ProblemHandlers() {
    }

    static HttpResponse<?> respond(ErrorResponseProcessor<?> processor, HttpRequest<?> request, Status status,
                                   String title, String detail, String field) {
        var problem = Problem.builder().withStatus(status).withTitle(title).withDetail(detail);
        if (field != null) {
            problem.with("field", field);
        }
        return processor.processResponse(ErrorContext.builder(request).cause(problem.build()).build(),
                HttpResponse.status(io.micronaut.http.HttpStatus.valueOf(status.getStatusCode())));
    }

    @Singleton
    @Produces
    static class InvalidValue implements ExceptionHandler<InvalidValueException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        InvalidValue(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, InvalidValueException e) {
            return respond(processor, request, Status.BAD_REQUEST, "Invalid input", e.getMessage(), e.field());
        }
    }

    @Singleton
    @Produces
    static class UnknownId implements ExceptionHandler<UnknownIdException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        UnknownId(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, UnknownIdException e) {
            return respond(processor, request, Status.NOT_FOUND, "Not found", e.getMessage(), e.field());
        }
    }

    @Singleton
    @Produces
    static class IllegalTransition implements ExceptionHandler<IllegalTransitionException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        IllegalTransition(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, IllegalTransitionException e) {
            return respond(processor, request, Status.CONFLICT, "Conflict", e.getMessage(), null);
        }
    }
}
