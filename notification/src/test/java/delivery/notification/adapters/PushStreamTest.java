package delivery.notification.adapters;

import delivery.messaging.EventCodec;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Live push over Server-Sent Events against real RabbitMQ and PostgreSQL. */
@MicronautTest(transactional = false)
class PushStreamTest {

    @Inject
    EmbeddedServer server;
    @Inject
    EventCodec codec;
    @Inject
    JsonMapper json;
    TestEvents events;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    final UUID customer = UUID.randomUUID();
    final UUID orderId = UUID.randomUUID();

    record SseEvent(String id, String name, Map<String, Object> data) {
    }

    @BeforeEach
    void connect() throws Exception {
        events = new TestEvents(codec);
        events.purge();
    }

    @AfterEach
    void close() throws Exception {
        events.close();
    }

    @Test
    void aConnectedCustomerReceivesEachNotificationWithinASecondAndMissesNothingAcrossAReconnect() throws Exception {
        events.publish("order.events", "order.placed", Map.of("orderId", orderId, "customerId", customer,
                "storeId", UUID.randomUUID(), "totalAmount", 9000, "paymentMethod", "CARD"));
        Thread.sleep(2000); // order.placed tells the customer nothing; give it time to teach whose order it is

        BlockingQueue<SseEvent> received = new LinkedBlockingQueue<>();
        Stream<String> stream = open(null, received);

        long published = System.nanoTime();
        events.publish("rider.events", "delivery.assigned", Map.of("deliveryId", UUID.randomUUID(),
                "orderId", orderId, "riderId", UUID.randomUUID(), "storeId", UUID.randomUUID()));
        SseEvent assigned = received.poll(5, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - published);
        assertThat(assigned).isNotNull();
        assertThat(assigned.name()).isEqualTo("notification");
        assertThat(assigned.data()).containsEntry("type", "delivery.assigned")
                .containsEntry("recipientId", customer.toString()).containsEntry("channel", "PUSH")
                .containsEntry("status", "SENT");
        assertThat(millis).as("milliseconds from the event to the client").isLessThan(1000);

        published = System.nanoTime();
        events.publish("rider.events", "delivery.picked-up", Map.of("deliveryId", UUID.randomUUID(),
                "orderId", orderId, "riderId", UUID.randomUUID()));
        SseEvent pickedUp = received.poll(5, TimeUnit.SECONDS);
        assertThat(pickedUp).isNotNull();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - published)).isLessThan(1000);
        assertThat(Long.parseLong(pickedUp.id())).isEqualTo(Long.parseLong(assigned.id()) + 1);
        stream.close();

        // while the client is away
        events.publish("rider.events", "delivery.delayed", Map.of("deliveryId", UUID.randomUUID(),
                "orderId", orderId, "riderId", UUID.randomUUID(), "reason", "비가 많이 옵니다"));
        events.publish("rider.events", "delivery.completed", Map.of("deliveryId", UUID.randomUUID(),
                "orderId", orderId, "riderId", UUID.randomUUID(), "storeId", UUID.randomUUID(), "boxNumber", "A-12"));
        Thread.sleep(1500);

        BlockingQueue<SseEvent> replayed = new LinkedBlockingQueue<>();
        Stream<String> again = open(pickedUp.id(), replayed);
        SseEvent first = replayed.poll(5, TimeUnit.SECONDS);
        SseEvent second = replayed.poll(5, TimeUnit.SECONDS);
        again.close();
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(first.data()).containsEntry("type", "delivery.delayed");
        assertThat((String) first.data().get("body")).contains("비가 많이 옵니다");
        assertThat(second.data()).containsEntry("type", "delivery.completed");
        assertThat((String) second.data().get("subject")).isEqualTo("배달 완료: A-12번 보관함");
        assertThat(Long.parseLong(second.id())).isEqualTo(Long.parseLong(pickedUp.id()) + 2);
    }

    /** Opens the stream and feeds the notification events it carries into {@code into}. */
    private Stream<String> open(String lastEventId, BlockingQueue<SseEvent> into) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                server.getURL() + "/api/notifications/stream?recipientId=" + customer))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        Stream<String> lines = response.body();
        Thread reader = new Thread(() -> {
            String[] event = new String[3];
            try {
                lines.forEach(line -> {
                    if (line.isEmpty()) {
                        if ("notification".equals(event[1])) {
                            into.add(new SseEvent(event[0], event[1], parse(event[2])));
                        }
                        event[0] = event[1] = event[2] = null;
                    } else if (line.startsWith("id:")) {
                        event[0] = line.substring(3).strip();
                    } else if (line.startsWith("event:")) {
                        event[1] = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        event[2] = line.substring(5).strip();
                    }
                });
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        }, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(300); // the server reads the stream's position before the first event
        return lines;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String data) {
        try {
            return json.readValue(data, Map.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
