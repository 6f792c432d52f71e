package delivery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;

/** A Server-Sent Events client of the notification stream, through the edge. */
final class SseClient implements AutoCloseable {

    record Received(String id, JsonNode data, Instant at) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    private SseClient(CompletableFuture<HttpResponse<Stream<String>>> response) {
        this.response = response;
        response.thenAccept(r -> read(r.body()));
    }

    static SseClient open(String recipientId, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(Edge.BASE + "/api/notifications/stream?recipientId=" + recipientId))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return new SseClient(HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines()));
    }

    private void read(Stream<String> lines) {
        String[] id = {null};
        StringBuilder data = new StringBuilder();
        lines.forEach(line -> {
            if (line.startsWith("id:")) {
                id[0] = line.substring(3).trim();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).trim());
            } else if (line.isEmpty() && !data.isEmpty()) {
                try {
                    events.add(new Received(id[0], JSON.readTree(data.toString()), Instant.now()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                data.setLength(0);
            }
        });
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
