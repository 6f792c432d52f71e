package delivery.billing.adapters.in.web;

import delivery.billing.application.port.in.CouponCodeTakenException;
import delivery.billing.application.port.in.PaymentNotFoundException;
import delivery.billing.domain.IllegalTransitionException;
import delivery.billing.domain.InvalidValueException;
import delivery.web.ProblemHandler;
import delivery.web.Problems;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import jakarta.inject.Singleton;

/** Billing's rule violations as problem responses: 400 naming the field, 404 unknown payment, 409 forbidden transition or taken code. */
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
    static class IllegalTransition extends ProblemHandler<IllegalTransitionException> {
        IllegalTransition(Problems problems) {
            super(problems, HttpStatus.CONFLICT);
        }
    }

    @Singleton
    @Produces
    static class CouponCodeTaken extends ProblemHandler<CouponCodeTakenException> {
        CouponCodeTaken(Problems problems) {
            super(problems, HttpStatus.CONFLICT);
        }

        @Override
        protected String field(CouponCodeTakenException e) {
            return e.field();
        }
    }

    @Singleton
    @Produces
    static class PaymentNotFound extends ProblemHandler<PaymentNotFoundException> {
        PaymentNotFound(Problems problems) {
            super(problems, HttpStatus.NOT_FOUND);
        }

        @Override
        protected String field(PaymentNotFoundException e) {
            return "paymentId";
        }
    }
}
