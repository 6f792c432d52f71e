package delivery.messaging;

import com.rabbitmq.client.GetResponse;
import delivery.messaging.outbox.Outbox;
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
    }
}
