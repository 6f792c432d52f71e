package delivery.order.adapters.in.web;

import delivery.order.application.port.in.CannotVouchForOrderException;
import delivery.order.application.port.in.IdempotencyKeyReusedException;
import delivery.order.application.port.in.UnknownIdException;
import delivery.order.application.port.out.ConcurrentOrderUpdateException;
import delivery.order.domain.IllegalTransitionException;
import delivery.order.domain.InvalidValueException;
import delivery.order.domain.QuoteRefusedException;
import delivery.web.Problem;
import delivery.web.ProblemHandler;
import delivery.web.Problems;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order's rule violations as problem responses: 400 naming the field, 404 unknown id,
 * 409 for a transition the current status forbids or a concurrent change; a store's refusal
 * with the store's status, detail and field; 422 for an idempotency key reused for another
 * request; 503 when nobody can check an order now.
 */
final class ProblemHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandlers.class);

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
    static class ConcurrentUpdate extends ProblemHandler<ConcurrentOrderUpdateException> {
        ConcurrentUpdate(Problems problems) {
            super(problems, HttpStatus.CONFLICT);
        }
    }

    @Singleton
    @Produces
    static class QuoteRefused implements ExceptionHandler<QuoteRefusedException, HttpResponse<?>> {
        private final Problems problems;

        QuoteRefused(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, QuoteRefusedException e) {
            HttpStatus status = switch (e.refusal()) {
                case INVALID -> HttpStatus.BAD_REQUEST;
                case UNKNOWN -> HttpStatus.NOT_FOUND;
                case CONFLICT -> HttpStatus.CONFLICT;
            };
            return problems.respond(request, e, status, e.getMessage(), e.field());
        }
    }

    @Singleton
    @Produces
    static class IdempotencyKeyReused implements ExceptionHandler<IdempotencyKeyReusedException, HttpResponse<?>> {
        private final Problems problems;

        IdempotencyKeyReused(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, IdempotencyKeyReusedException e) {
            return problems.respond(request, e, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(),
                    OrderController.IDEMPOTENCY_KEY);
        }
    }

    /**
     * Written here rather than through {@link Problems}: a 5xx problem there hides its detail as an
     * internal fault, but this one is no fault of ours, and the client should learn why and when to retry.
     */
    @Singleton
    @Produces
    static class CannotVouch implements ExceptionHandler<CannotVouchForOrderException, HttpResponse<?>> {
        static final String RETRY_AFTER_SECONDS = "5";

        @Override
        public HttpResponse<?> handle(HttpRequest request, CannotVouchForOrderException e) {
            LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .contentType(Problem.CONTENT_TYPE)
                    .body(new Problem("about:blank", "Service Unavailable", HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                            e.getMessage(), request.getPath(), null, null));
        }
    }
}
