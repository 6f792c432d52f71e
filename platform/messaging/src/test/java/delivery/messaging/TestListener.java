package delivery.messaging;

import com.rabbitmq.client.BasicProperties;
import delivery.messaging.inbox.InboundEvents;
import io.micronaut.messaging.annotation.MessageBody;
import io.micronaut.rabbitmq.annotation.Queue;
import io.micronaut.rabbitmq.annotation.RabbitListener;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;

/** A consumer as a service would write one: everything goes through InboundEvents. */
@RabbitListener
public class TestListener {

    public static final String ALWAYS_FAILS = "test.consumed.always-fails";

    private final InboundEvents inbound;
    private final TestEffects effects;

    public TestListener(InboundEvents inbound, TestEffects effects) {
        this.inbound = inbound;
        this.effects = effects;
    }

    @Queue(TestBroker.CONSUMED)
    public void receive(@MessageBody byte[] body, BasicProperties properties, RabbitAcknowledgement acknowledgement) {
        inbound.consume("messaging-test", body, properties, acknowledgement, envelope -> {
            if (ALWAYS_FAILS.equals(envelope.type())) {
                throw new IllegalStateException("this event always fails");
            }
            effects.record(envelope.eventId(), envelope.type());
        });
    }
}
