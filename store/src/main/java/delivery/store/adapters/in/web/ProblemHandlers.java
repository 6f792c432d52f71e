package delivery.store.adapters.in.web;

import delivery.store.application.port.in.UnknownIdException;
import delivery.store.domain.IllegalTransitionException;
import delivery.store.domain.InvalidValueException;
import delivery.store.domain.UnavailableException;
import delivery.web.ProblemHandler;
import delivery.web.Problems;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
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
    static class InvalidValue extends ProblemHandler<InvalidValueException> {
        InvalidValue(Problems problems) {
            super(problems, HttpStatus.BAD_REQUEST);
        }

        @Override
        protected String field(InvalidValueException e) {
            return e.field();
        }
    }

    @Singleton
    @Produces
    static class UnknownId extends ProblemHandler<UnknownIdException> {
        UnknownId(Problems problems) {
            super(problems, HttpStatus.NOT_FOUND);
        }

        @Override
        protected String field(UnknownIdException e) {
            return e.field();
        }
    }

    @Singleton
    @Produces
    static class IllegalTransition extends ProblemHandler<IllegalTransitionException> {
        IllegalTransition(Problems problems) {
            super(problems, HttpStatus.CONFLICT);
        }
    }

    @Singleton
    @Produces
    static class Unavailable extends ProblemHandler<UnavailableException> {
        Unavailable(Problems problems) {
            super(problems, HttpStatus.CONFLICT);
        }

        @Override
        protected String field(UnavailableException e) {
            return e.field();
        }
    }
}
