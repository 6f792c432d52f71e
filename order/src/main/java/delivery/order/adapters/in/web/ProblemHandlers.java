package delivery.order.adapters.in.web;

import delivery.order.application.port.in.UnknownIdException;
import delivery.order.application.port.out.ConcurrentOrderUpdateException;
import delivery.order.domain.IllegalTransitionException;
import delivery.order.domain.InvalidValueException;
import delivery.web.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * The order's rule violations as problem responses: 400 naming the field, 404 unknown id,
 * 409 for a transition the current status forbids or a concurrent change.
 */
final class ProblemHandlers {

    private ProblemHandlers() {
    }

    @Singleton
    @Produces
    static class InvalidValue implements ExceptionHandler<InvalidValueException, HttpResponse<?>> {
        private final Problems problems;

        InvalidValue(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, InvalidValueException e) {
            return problems.respond(request, e, HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
        }
    }

    @Singleton
    @Produces
    static class UnknownId implements ExceptionHandler<UnknownIdException, HttpResponse<?>> {
        private final Problems problems;

        UnknownId(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, UnknownIdException e) {
            return problems.respond(request, e, HttpStatus.NOT_FOUND, e.getMessage(), e.field());
        }
    }

    @Singleton
    @Produces
    static class IllegalTransition implements ExceptionHandler<IllegalTransitionException, HttpResponse<?>> {
        private final Problems problems;

        IllegalTransition(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, IllegalTransitionException e) {
            return problems.respond(request, e, HttpStatus.CONFLICT, e.getMessage(), null);
        }
    }

    @Singleton
    @Produces
    static class ConcurrentUpdate implements ExceptionHandler<ConcurrentOrderUpdateException, HttpResponse<?>> {
        private final Problems problems;

        ConcurrentUpdate(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConcurrentOrderUpdateException e) {
            return problems.respond(request, e, HttpStatus.CONFLICT, e.getMessage(), null);
        }
    }
}
