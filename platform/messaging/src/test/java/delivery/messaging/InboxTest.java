package delivery.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.GetResponse;
import delivery.messaging.inbox.InboundEvents;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MicronautTest(transactional = false)
class InboxTest {

    @Inject InboundEvents inbound;
    @Inject TestEffects effects;
    @Inject EventCodec codec;
    TestBroker broker;

    @BeforeEach
    void connect() throws Exception {
        broker = TestBroker.connect();
        broker.purge(TestBroker.CONSUMED_DLQ);
    }

    @AfterEach
    void close() throws Exception {
        broker.close();
    }

    @Test
    void eventDeliveredTwiceChangesNothingTheSecondTime() throws Exception {
        UUID eventId = UUID.randomUUID();
        byte[] body = envelope(eventId, "test.consumed.thing");
        broker.publish("test.consumed.thing", eventId.toString(), body);
        broker.publish("test.consumed.thing", eventId.toString(), body);
        UUID marker = UUID.randomUUID();
        broker.publish("test.consumed.marker", marker.toString(), envelope(marker, "test.consumed.marker"));

        await().atMost(Duration.ofSeconds(10)).until(() -> effects.count(marker) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.count(TestBroker.CONSUMED) == 0);
        Thread.sleep(300);

        assertThat(effects.count(eventId)).isEqualTo(1);
        assertThat(effects.inboxRows(eventId)).isEqualTo(1);
    }

    @Test
    void concurrentDeliveriesOfOneEventHandleItOnce() throws Exception {
        UUID eventId = UUID.randomUUID();
        byte[] body = envelope(eventId, "test.consumed.concurrent");
        int deliveries = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<String> outcomes = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        for (int i = 0; i < deliveries; i++) {
            pool.submit(() -> {
                start.await();
                inbound.consume("messaging-test", body, new AMQP.BasicProperties(), new RecordingAck(outcomes),
                        envelope -> effects.record(envelope.eventId(), "concurrent"));
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();

        assertThat(effects.count(eventId)).isEqualTo(1);
        assertThat(outcomes).hasSize(deliveries).containsOnly("ack");
    }

    @Test
    void messageThatAlwaysFailsEndsInTheDeadLetterQueue() throws Exception {
        UUID eventId = UUID.randomUUID();
        broker.publish(TestListener.ALWAYS_FAILS, eventId.toString(), envelope(eventId, TestListener.ALWAYS_FAILS));

        GetResponse dead = await().atMost(Duration.ofSeconds(20))
                .until(() -> broker.get(TestBroker.CONSUMED_DLQ), Objects::nonNull);

        assertThat(dead.getProps().getMessageId()).isEqualTo(eventId.toString());
        assertThat(effects.count(eventId)).isZero();
        assertThat(effects.inboxRows(eventId)).isZero();
    }

    @Test
    void unreadableMessageGoesStraightToTheDeadLetterQueue() throws Exception {
        broker.publish("test.consumed.garbage", "garbage-1", "{not an envelope".getBytes(StandardCharsets.UTF_8));

        GetResponse dead = await().atMost(Duration.ofSeconds(10))
                .until(() -> broker.get(TestBroker.CONSUMED_DLQ), Objects::nonNull);

        assertThat(dead.getProps().getMessageId()).isEqualTo("garbage-1");
        assertThat(dead.getProps().getHeaders()).containsKey("x-death");
    }

    private byte[] envelope(UUID eventId, String type) {
        return codec.encode(new EventEnvelope(eventId, type, 1, Instant.now(), "aggregate", "corr-" + eventId,
                codec.toTree(new SamplePayload(type, 1))));
    }

    private record RecordingAck(List<String> outcomes) implements RabbitAcknowledgement {
        @Override
        public void ack(boolean multiple) {
            outcomes.add("ack");
        }

        @Override
        public void nack(boolean multiple, boolean reQueue) {
            outcomes.add(reQueue ? "requeue" : "reject");
        }
    }
}
