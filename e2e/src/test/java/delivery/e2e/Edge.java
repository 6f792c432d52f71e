package delivery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The platform as an API client meets it: JSON over HTTP through the nginx edge. */
final class Edge {

    static final String BASE = System.getProperty("edge.url", "http://127.0.0.1:8080");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private Edge() {
    }

    record Reply(int status, String contentType, String requestId, JsonNode body, Duration took) {
        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    static Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET(), Map.of());
    }

    static Reply post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).POST(json(body)), Map.of());
    }

    static Reply put(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).PUT(json(body)), Map.of());
    }

    static Reply send(HttpRequest.Builder request, Map<String, String> headers) {
        request.timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json").header("Accept", "application/json");
        headers.forEach(request::header);
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("X-Request-Id").orElse(null), body, took);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
