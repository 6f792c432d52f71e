package delivery.notification.adapters.in.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import org.reactivestreams.Publisher;

import java.util.UUID;

/**
 * {@code GET /api/notifications/stream?recipientId=…}: one SSE event per push notification
 * ({@code id} = its place in the recipient's stream, {@code event: notification}, data = the
 * notification as the list shows it), a heartbeat comment every 15 s; a client that reconnects with
 * {@code Last-Event-ID} first receives what it missed.
 */
@Controller("/api/notifications")
class NotificationStreamController {

    private final LiveStreams streams;

    NotificationStreamController(LiveStreams streams) {
        this.streams = streams;
    }

    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    HttpResponse<Publisher<Event<?>>> stream(@QueryValue UUID recipientId,
                                            @Nullable @Header("Last-Event-ID") String lastEventId) {
        return HttpResponse.<Publisher<Event<?>>>ok(streams.stream(recipientId, position(lastEventId)))
                .header("Cache-Control", "no-cache")
                .header("X-Accel-Buffering", "no");
    }

    private static Long position(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return Math.max(0, Long.parseLong(lastEventId.trim()));
        } catch (NumberFormatException notOurs) {
            return 0L; // an id we never gave: replay the whole stream rather than lose anything
        }
    }
}
