package delivery.billing.adapters.in.web;

import delivery.billing.application.port.in.CouponCodeTakenException;
import delivery.billing.application.port.in.PaymentNotFoundException;
import delivery.billing.domain.IllegalTransitionException;
import delivery.billing.domain.InvalidValueException;
import delivery.web.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Billing's rule violations as problem responses: 400 naming the field, 404 unknown payment, 409 forbidden transition or taken code. */
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
    static class CouponCodeTaken implements ExceptionHandler<CouponCodeTakenException, HttpResponse<?>> {
        private final Problems problems;

        CouponCodeTaken(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, CouponCodeTakenException e) {
            return problems.respond(request, e, HttpStatus.CONFLICT, e.getMessage(), e.field());
        }
    }

    @Singleton
    @Produces
    static class PaymentNotFound implements ExceptionHandler<PaymentNotFoundException, HttpResponse<?>> {
        private final Problems problems;

        PaymentNotFound(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, PaymentNotFoundException e) {
            return problems.respond(request, e, HttpStatus.NOT_FOUND, e.getMessage(), "paymentId");
        }
    }
}
