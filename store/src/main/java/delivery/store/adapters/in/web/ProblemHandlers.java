package delivery.store.adapters.in.web;

import delivery.store.application.port.in.UnknownIdException;
import delivery.store.domain.IllegalTransitionException;
import delivery.store.domain.InvalidValueException;
import delivery.store.domain.UnavailableException;
import delivery.web.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * The store's rule violations as problem responses: 400 naming the field, 404 unknown id, 409 for
 * a transition the current state forbids or something not available now (naming the field).
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
    static class Unavailable implements ExceptionHandler<UnavailableException, HttpResponse<?>> {
        private final Problems problems;

        Unavailable(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, UnavailableException e) {
            return problems.respond(request, e, HttpStatus.CONFLICT, e.getMessage(), e.field());
        }
    }
}
