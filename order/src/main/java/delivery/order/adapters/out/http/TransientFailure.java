package delivery.order.adapters.out.http;

import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.retry.annotation.RetryPredicate;

/**
 * Which failures of a call to the store may pass if tried again: no connection, a timeout, a
 * 5xx answer. A 4xx is the store's considered answer and is never retried.
 */
public class TransientFailure implements RetryPredicate {

    @Override
    public boolean test(Throwable failure) {
        if (failure instanceof HttpClientResponseException response) {
            return response.code() >= 500;
        }
        return failure instanceof HttpClientException;
    }
}
