package delivery.notification.adapters.in.web;

import delivery.notification.domain.InvalidValueException;
import delivery.web.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A rule broken by the request: 400 problem+json naming the field. */
@Singleton
@Produces
class InvalidValueHandler implements ExceptionHandler<InvalidValueException, HttpResponse<?>> {

    private final Problems problems;

    InvalidValueHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, InvalidValueException e) {
        return problems.respond(request, e, HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
    }
}
