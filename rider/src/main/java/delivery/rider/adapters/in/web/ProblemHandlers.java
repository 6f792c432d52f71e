package delivery.rider.adapters.in.web;

import delivery.rider.application.port.in.UnknownIdException;
import delivery.rider.domain.IllegalTransitionException;
import delivery.rider.domain.InvalidValueException;
import delivery.web.ProblemHandler;
import delivery.web.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The rider service's rule violations as problem responses: 400 naming the field, 404 unknown id,
 * 409 forbidden transition, 400 naming every parameter of a query that needs at least one of them.
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
    static class MissingParameters implements ExceptionHandler<MissingQueryParametersException, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;

        MissingParameters(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        /** One error per parameter, so the problem's {@code errors} names each of them. */
        @Override
        public HttpResponse<?> handle(HttpRequest request, MissingQueryParametersException e) {
            ErrorContext.Builder context = ErrorContext.builder(request).cause(e);
            e.names().forEach(name -> context.error(new Error() {
                @Override
                public Optional<String> getPath() {
                    return Optional.of(name);
                }

                @Override
                public String getMessage() {
                    return e.getMessage();
                }
            }));
            return processor.processResponse(context.build(), HttpResponse.status(HttpStatus.BAD_REQUEST));
        }
    }
}
