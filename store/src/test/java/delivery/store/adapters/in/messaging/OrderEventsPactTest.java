package delivery.store.adapters.in.messaging;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import com.rabbitmq.client.AMQP;
import delivery.store.application.port.in.OpenTicketUseCase;
import delivery.store.application.port.in.OpenTicketUseCase.OpenTicketCommand;
import delivery.store.application.port.out.TicketRepository;
import delivery.store.domain.Ticket;
import delivery.store.domain.TicketLine;
import delivery.store.domain.TicketStatus;
import io.micronaut.rabbitmq.bind.RabbitAcknowledgement;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order events the store consumes (consumer {@code store}, provider {@code order-events}), written
 * to contracts/pacts/store-order-events.json: the envelope on {@code order.events} with the payload
 * fields the store reads. Each message goes through the store's real listener as a delivery from its
 * queue (inbox, handler, acknowledgement) against the real PostgreSQL.
 */
@MicronautTest(transactional = false)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "order-events", providerType = ProviderType.ASYNCH, pactVersion = PactSpecVersion.V4)
class OrderEventsPactTest {

    static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";

    static final UUID CONFIRMED = UUID.fromString("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e01");
    static final UUID CANCELLED = UUID.fromString("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e02");
    static final UUID STORE = UUID.fromString("1d2e3f40-5162-4738-8495-a6b7c8d9e0f1");
    static final UUID SITE = UUID.fromString("2e3f4051-6273-4849-95a6-b7c8d9e0f102");
    static final UUID SLOT = UUID.fromString("3f405162-7384-495a-a6b7-c8d9e0f10213");
    static final UUID PRODUCT = UUID.fromString("40516273-8495-4a6b-b7c8-d9e0f1021324");

    @Inject
    OrderEventsListener listener;
    @Inject
    OpenTicketUseCase openTicket;
    @Inject
    TicketRepository tickets;
    @Inject
    TransactionOperations<Connection> transactions;

    @Pact(consumer = "store")
    V4Pact orderConfirmed(MessagePactBuilder builder) {
        return event(builder, "order.confirmed", "d1000000-0000-4000-8000-000000000001", CONFIRMED, payload -> {
            payload.uuid("orderId", CONFIRMED);
            payload.uuid("storeId", STORE);
            payload.uuid("siteId", SITE);
            payload.uuid("slotId", SLOT);
            payload.minArrayLike("items", 1, item -> {
                item.uuid("productId", PRODUCT);
                item.stringType("name", "Bibimbap");
                item.integerType("unitPrice", 8000);
                item.integerType("quantity", 2);
                // a line without options may carry none
                item.minArrayLike("options", 0, 1, option -> {
                    option.stringType("name", "extra egg");
                    option.integerType("unitPrice", 500);
                    option.integerType("quantity", 1);
                });
            });
            payload.integerType("totalAmount", 17_000);
        });
    }

    @Pact(consumer = "store")
    V4Pact orderCancelled(MessagePactBuilder builder) {
        return event(builder, "order.cancelled", "d1000000-0000-4000-8000-000000000002", CANCELLED, payload ->
                payload.uuid("orderId", CANCELLED));
    }

    @Test
    @PactTestFor(pactMethod = "orderConfirmed")
    void orderConfirmedOpensAWaitingTicket(V4Interaction.AsynchronousMessage message) {
        Acknowledgements acknowledgements = deliver(message);

        assertThat(acknowledgements.calls).containsExactly("ack");
        assertThat(ticket(CONFIRMED)).hasValueSatisfying(ticket -> {
                    assertThat(ticket.storeId()).isEqualTo(STORE);
                    assertThat(ticket.status()).isEqualTo(TicketStatus.WAITING);
                    assertThat(ticket.siteId()).isEqualTo(SITE);
                    assertThat(ticket.slotId()).isEqualTo(SLOT);
                    assertThat(ticket.totalAmount()).isEqualTo(17_000);
                    assertThat(ticket.items()).singleElement().satisfies(line -> {
                        assertThat(line.productId()).isEqualTo(PRODUCT);
                        assertThat(line.quantity()).isEqualTo(2);
                        assertThat(line.options()).hasSize(1);
                    });
                });
    }

    @Test
    @PactTestFor(pactMethod = "orderCancelled")
    void orderCancelledDropsTheWaitingTicket(V4Interaction.AsynchronousMessage message) {
        openTicket.openTicket(new OpenTicketCommand(CANCELLED, STORE, SITE, SLOT,
                List.of(new TicketLine(PRODUCT, "Bibimbap", 8000, 1, List.of())), null, 8000));

        Acknowledgements acknowledgements = deliver(message);

        assertThat(acknowledgements.calls).containsExactly("ack");
        assertThat(ticket(CANCELLED)).hasValueSatisfying(ticket ->
                assertThat(ticket.status()).isEqualTo(TicketStatus.CANCELLED));
    }

    private Optional<Ticket> ticket(UUID orderId) {
        return transactions.executeWrite(status -> tickets.lockById(orderId));
    }

    /** The message as the store's queue delivers it, to the listener's receiving method. */
    private Acknowledgements deliver(V4Interaction.AsynchronousMessage message) {
        byte[] body = message.getContents().getContents().getValue();
        Acknowledgements acknowledgements = new Acknowledgements();
        listener.receive(body, new AMQP.BasicProperties.Builder().contentType("application/json")
                .messageId(UUID.randomUUID().toString()).build(), acknowledgements);
        return acknowledgements;
    }

    private static final class Acknowledgements implements RabbitAcknowledgement {
        final List<String> calls = new ArrayList<>();

        @Override
        public void ack(boolean multiple) {
            calls.add("ack");
        }

        @Override
        public void nack(boolean multiple, boolean requeue) {
            calls.add(requeue ? "requeue" : "dead-letter");
        }
    }

    /** The envelope of every order event on {@code order.events}; the event type is the routing key. */
    private static V4Pact event(MessagePactBuilder builder, String type, String exampleEventId, UUID orderId,
                                Consumer<LambdaDslObject> payload) {
        DslPart envelope = newJsonBody(body -> {
            body.uuid("eventId", UUID.fromString(exampleEventId));
            body.stringValue("type", type);
            body.integerType("version", 1);
            body.stringMatcher("occurredAt", INSTANT, "2026-03-02T02:30:00.123456Z");
            body.stringType("aggregateId", orderId.toString());
            body.stringType("correlationId", "6b1c2f0e-request");
            body.object("payload", payload);
        }).build();
        return builder.expectsToReceive("a " + type + " event")
                .withMetadata(Map.of("exchange", "order.events", "routingKey", type))
                .withContent(envelope)
                .toPact(V4Pact.class);
    }
}
