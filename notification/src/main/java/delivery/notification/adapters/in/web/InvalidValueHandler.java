package delivery.notification.adapters.in.web;

import delivery.notification.domain.InvalidValueException;
import delivery.web.ProblemHandler;
import delivery.web.Problems;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import jakarta.inject.Singleton;

/** A rule broken by the request: 400 problem+json naming the field. */
@Singleton
@Produces
class InvalidValueHandler extends ProblemHandler<InvalidValueException> {

    InvalidValueHandler(Problems problems) {
        super(problems, HttpStatus.BAD_REQUEST);
    }

    @Override
    protected String field(InvalidValueException e) {
        return e.field();
    }
}
