package delivery.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.Optional;

/** What a service's exception handlers call to answer with a problem naming the cause and the field. */
@Singleton
public class Problems {

    private final ErrorResponseProcessor<?> processor;

    public Problems(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    public HttpResponse<?> respond(HttpRequest<?> request, Throwable cause, HttpStatus status, String detail,
                                   String field) {
        Error error = new Error() {
            @Override
            public Optional<String> getPath() {
                return Optional.ofNullable(field);
            }

            @Override
            public String getMessage() {
                return detail;
            }
        };
        return processor.processResponse(ErrorContext.builder(request).cause(cause).error(error).build(),
                HttpResponse.status(status));
    }
}
