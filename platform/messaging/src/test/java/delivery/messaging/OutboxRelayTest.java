package delivery.messaging;

import com.rabbitmq.client.GetResponse;
import delivery.messaging.outbox.Outbox;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@MicronautTest(transactional = false)
class OutboxRelayTest {

    @Inject Outbox outbox;
    @Inject TransactionOperations<Connection> transactions;
    @Inject TestEffects effects;
    @Inject EventCodec codec;
    TestBroker broker;

    @BeforeEach
    void connect() throws Exception {
        broker = TestBroker.connect();
        broker.purge(TestBroker.RELAYED);
    }

    @AfterEach
    void close() throws Exception {
        broker.close();
    }

    @Test
    void committedEventReachesTheBrokerAsAnEnvelopeWithIdAndCorrelationHeaders() throws Exception {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        EventEnvelope sent = Correlation.within("request-17", traceparent, () -> transactions.executeWrite(status ->
                outbox.append(TestBroker.EXCHANGE, "test.relayed.happened", 1, "aggregate-1", new SamplePayload("hello", 42))));

        GetResponse message = await().atMost(Duration.ofSeconds(10))
                .until(() -> broker.get(TestBroker.RELAYED), Objects::nonNull);

        assertThat(message.getProps().getMessageId()).isEqualTo(sent.eventId().toString());
        assertThat(message.getProps().getCorrelationId()).isEqualTo("request-17");
        assertThat(message.getProps().getHeaders().get(Correlation.AMQP_HEADER)).hasToString("request-17");
        assertThat(message.getProps().getHeaders().get(Correlation.TRACEPARENT)).hasToString(traceparent);
        assertThat(message.getEnvelope().getRoutingKey()).isEqualTo("test.relayed.happened");
        EventEnvelope received = codec.decode(message.getBody());
        assertThat(received.eventId()).isEqualTo(sent.eventId());
        assertThat(received.type()).isEqualTo("test.relayed.happened");
        assertThat(received.version()).isEqualTo(1);
        assertThat(received.aggregateId()).isEqualTo("aggregate-1");
        assertThat(received.correlationId()).isEqualTo("request-17");
        assertThat(codec.payload(received, SamplePayload.class)).isEqualTo(new SamplePayload("hello", 42));
        await().atMost(Duration.ofSeconds(5)).until(() -> effects.published(sent.eventId()));
    }

    @Test
    void rolledBackTransactionLeavesNoEventBehind() throws Exception {
        AtomicReference<UUID> rolledBack = new AtomicReference<>();
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            rolledBack.set(outbox.append(TestBroker.EXCHANGE, "test.relayed.undone", 1, "a", new SamplePayload("x", 1)).eventId());
            throw new IllegalStateException("the state change failed");
        })).hasMessageContaining("the state change failed");
        EventEnvelope committed = transactions.executeWrite(status ->
                outbox.append(TestBroker.EXCHANGE, "test.relayed.done", 1, "b", new SamplePayload("y", 2)));

        GetResponse only = await().atMost(Duration.ofSeconds(10))
                .until(() -> broker.get(TestBroker.RELAYED), Objects::nonNull);

        assertThat(only.getProps().getMessageId()).isEqualTo(committed.eventId().toString());
        assertThat(effects.inOutbox(rolledBack.get())).isFalse();
        assertThat(broker.count(TestBroker.RELAYED)).isZero();
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.append(TestBroker.EXCHANGE, "test.relayed.loose", 1, "c", new SamplePayload("z", 3)))
                .hasMessageContaining("transaction");
    }
}
