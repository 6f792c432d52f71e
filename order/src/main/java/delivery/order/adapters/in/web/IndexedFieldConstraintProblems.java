package delivery.order.adapters.in.web;

import delivery.web.ConstraintViolationProblems;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.Optional;

/**
 * Bean-validation failures as a 400 problem naming each field as the request spells it, list
 * elements included: {@code items[0].options[1].quantity}. The shared handler of platform/web
 * puts a list index after the element's property ({@code items.quantity[0]}): in a validation
 * path the index sits on the node inside the list, not on the list's own node. This handler
 * stands in for it in the order service, whose requests are the first with lists of objects.
 */
@Singleton
@Produces
@Replaces(ConstraintViolationProblems.class)
class IndexedFieldConstraintProblems implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    IndexedFieldConstraintProblems(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        ErrorContext.Builder context = ErrorContext.builder(request).cause(exception);
        exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(IndexedFieldConstraintProblems::field))
                .forEach(violation -> context.error(error(field(violation), violation.getMessage())));
        return processor.processResponse(context.build(), HttpResponse.status(HttpStatus.BAD_REQUEST));
    }

    /** {@code place.request.items[0].quantity} → {@code items[0].quantity}; a header or query value keeps its name. */
    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() && parameter != null ? parameter : field.toString();
    }

    private static Error error(String field, String message) {
        return new Error() {
            @Override
            public Optional<String> getPath() {
                return Optional.of(field);
            }

            @Override
            public String getMessage() {
                return field + " " + message;
            }
        };
    }
}
