package delivery.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The test's own view of the real broker: declares the test topology, reads queues, and
 * stops or starts the RabbitMQ node through the platform's script.
 */
public final class TestBroker implements AutoCloseable {

    public static final String EXCHANGE = "messaging-test.events";
    public static final String RELAYED = "messaging-test.relayed";
    public static final String CONSUMED = "messaging-test.consumer";
    public static final String CONSUMED_DLQ = CONSUMED + ".dlq";

    private final Connection connection;
    private final Channel channel;

    private TestBroker(Connection connection) throws IOException {
        this.connection = connection;
        this.channel = connection.createChannel();
    }

    public static TestBroker connect() {
        try {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setUri("amqp://guest:guest@127.0.0.1:5672/test");
            return new TestBroker(factory.newConnection("messaging-tests"));
        } catch (Exception e) {
            throw new IllegalStateException("RabbitMQ is not reachable: start it with `make infra`", e);
        }
    }

    public static void declareTopology(Channel channel) throws IOException {
        channel.exchangeDeclare(EXCHANGE, "topic", true);
        channel.queueDeclare(RELAYED, true, false, false, null);
        channel.queueBind(RELAYED, EXCHANGE, "test.relayed.#");
        ConsumerQueues.declare(channel, CONSUMED, EXCHANGE, "test.consumed.#", 3);
    }

    public void purge(String... queues) throws IOException {
        for (String queue : queues) {
            channel.queuePurge(queue);
        }
    }

    public GetResponse get(String queue) throws IOException {
        return channel.basicGet(queue, true);
    }

    public long count(String queue) throws IOException {
        return channel.messageCount(queue);
    }

    public void publish(String routingKey, String messageId, byte[] body) throws IOException {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .messageId(messageId).contentType("application/json").deliveryMode(2).build();
        channel.basicPublish(EXCHANGE, routingKey, properties, body);
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }

    /** Runs platform/scripts/rabbitmq.sh with the given action (stop or start). */
    public static void node(String action) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("platform.root", "../.."), "platform/scripts/rabbitmq.sh");
        Process process = new ProcessBuilder("bash", script.toString(), action).inheritIO().start();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("rabbitmq.sh " + action + " failed");
        }
    }
}
