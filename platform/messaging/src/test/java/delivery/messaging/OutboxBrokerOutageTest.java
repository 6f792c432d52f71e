package delivery.messaging;

import com.rabbitmq.client.GetResponse;
import delivery.messaging.outbox.Outbox;
import delivery.messaging.outbox.OutboxBacklogIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import reactor.core.publisher.Mono;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stops the real RabbitMQ node in the middle of the test. */
@MicronautTest(transactional = false)
class OutboxBrokerOutageTest {

    @Inject Outbox outbox;
    @Inject TransactionOperations<Connection> transactions;
    @Inject TestEffects effects;
    @Inject OutboxBacklogIndicator backlog;

    @Test
    void eventCommittedWhileTheBrokerIsDownIsPublishedOnceItIsBack() throws Exception {
        try (TestBroker broker = TestBroker.connect()) {
            broker.purge(TestBroker.RELAYED);
        }
        EventEnvelope event;
        TestBroker.node("stop");
        try {
            event = transactions.executeWrite(status ->
                    outbox.append(TestBroker.EXCHANGE, "test.relayed.during-outage", 1, "d", new SamplePayload("kept", 7)));
            assertThat(effects.inOutbox(event.eventId())).isTrue();
            Thread.sleep(1_500); // several relay polls against a dead broker
            assertThat(effects.published(event.eventId())).isFalse();
            assertThat(backlog()).as("the backlog operators see in /health")
                    .containsEntry("pending", 1L).containsKey("lastError")
                    .hasEntrySatisfying("oldestPendingSeconds", age -> assertThat((Long) age).isGreaterThanOrEqualTo(1L));
        } finally {
            TestBroker.node("start");
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> effects.published(event.eventId()));
        try (TestBroker broker = TestBroker.connect()) {
            List<String> ids = new ArrayList<>();
            for (GetResponse message = broker.get(TestBroker.RELAYED); message != null; message = broker.get(TestBroker.RELAYED)) {
                ids.add(message.getProps().getMessageId());
            }
            assertThat(ids).contains(event.eventId().toString());
        }
        assertThat(backlog()).containsEntry("pending", 0L).doesNotContainKey("lastError");
    }

    @SuppressWarnings("unchecked")
    private java.util.Map<String, Object> backlog() {
        HealthResult result = Mono.from(backlog.getResult()).block(Duration.ofSeconds(5));
        assertThat(result.getStatus().getName()).isEqualTo("UP");
        return (java.util.Map<String, Object>) result.getDetails();
    }
}
