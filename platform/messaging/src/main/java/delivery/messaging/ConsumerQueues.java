package delivery.messaging;

import com.rabbitmq.client.Channel;

import java.io.IOException;
import java.util.Map;

/**
 * Declares a consumer queue the way platform/rabbitmq/definitions.json does: a quorum queue
 * with a delivery limit that dead-letters to {@code <queue>.dlq} through {@code dead-letters}.
 * The running platform gets its queues from the definitions file; tests use this to give
 * themselves private queues beside the running services.
 */
public final class ConsumerQueues {

    public static final String DEAD_LETTERS = "dead-letters";

    private ConsumerQueues() {
    }

    public static void declare(Channel channel, String queue, String exchange, String bindingKey, int deliveryLimit)
            throws IOException {
        channel.exchangeDeclare(exchange, "topic", true);
        channel.exchangeDeclare(DEAD_LETTERS, "direct", true);
        channel.queueDeclare(queue, true, false, false, Map.of(
                "x-queue-type", "quorum",
                "x-dead-letter-exchange", DEAD_LETTERS,
                "x-dead-letter-routing-key", queue,
                "x-delivery-limit", deliveryLimit));
        channel.queueBind(queue, exchange, bindingKey);
        channel.queueDeclare(queue + ".dlq", true, false, false, null);
        channel.queueBind(queue + ".dlq", DEAD_LETTERS, queue);
    }
}
