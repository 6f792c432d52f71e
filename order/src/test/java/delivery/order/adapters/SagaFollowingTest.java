package delivery.order.adapters;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import delivery.order.OutboxRows;
import delivery.order.application.port.out.OrderRepository;
import delivery.order.domain.Order;
import delivery.order.domain.OrderStatus;
import delivery.order.domain.Orders;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The order follows what billing, the store and the rider service announce, through real RabbitMQ. */
@MicronautTest(transactional = false)
class SagaFollowingTest {

    @Inject OrderRepository orders;
    @Inject OutboxRows outbox;
    @Inject EventCodec codec;
    @Inject TransactionOperations<java.sql.Connection> transactions;
    private final Clock clock = Clock.systemUTC();
    Connection connection;
    Channel channel;

    @BeforeEach
    void connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri("amqp://guest:guest@127.0.0.1:5672/test");
        connection = factory.newConnection("order-saga-tests");
        channel = connection.createChannel();
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void anApprovedPaymentConfirmsTheOrderOnceEvenWhenAnnouncedTwice() throws Exception {
        Order order = saved(OrderStatus.PAYMENT_PENDING);
        EventEnvelope approved = event("payment.approved", Map.of("paymentId", UUID.randomUUID(), "orderId", order.id(),
                "customerId", order.customerId(), "method", "CARD", "amount", order.totalAmount()));
        publish("billing.events", approved);
        publish("billing.events", approved);

        await().atMost(Duration.ofSeconds(15)).until(() -> status(order) == OrderStatus.ORDER_WAITING);
        Thread.sleep(500);
        assertThat(outbox.of(order.id())).extracting(OutboxRows.Row::type).containsOnlyOnce("order.confirmed");
    }

    @Test
    void aDeliveryAnnouncedBeforeTheStoreAcceptedWaitsForIt() throws Exception {
        Order order = saved(OrderStatus.ORDER_WAITING);
        publish("rider.events", event("delivery.assigned", Map.of("deliveryId", UUID.randomUUID(), "orderId", order.id(),
                "riderId", UUID.randomUUID())));
        Thread.sleep(300);
        assertThat(status(order)).isEqualTo(OrderStatus.ORDER_WAITING);

        publish("store.events", event("ticket.accepted", Map.of("orderId", order.id(), "storeId", order.storeId())));

        await().atMost(Duration.ofSeconds(15)).until(() -> status(order) == OrderStatus.DELIVERY_WAITING);
        assertThat(orders.findById(order.id()).orElseThrow().timeline()).extracting(entry -> entry.status())
                .containsSubsequence(OrderStatus.ACCEPTED, OrderStatus.DELIVERY_WAITING);
    }

    @Test
    void aLateRejectionOfAnOrderTheCustomerCancelledChangesNothing() throws Exception {
        Order order = saved(OrderStatus.CANCELLED);
        int events = outbox.of(order.id()).size();
        publish("store.events", event("ticket.rejected", Map.of("orderId", order.id(), "storeId", order.storeId(),
                "reason", "store did not confirm")));
        UUID marker = UUID.randomUUID();
        Order other = saved(OrderStatus.PAYMENT_PENDING);
        publish("billing.events", event("payment.rejected", Map.of("paymentId", marker, "orderId", other.id(),
                "reason", "card declined")));

        await().atMost(Duration.ofSeconds(15)).until(() -> status(other) == OrderStatus.PAYMENT_FAILED);
        assertThat(status(order)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(outbox.of(order.id())).hasSize(events);
    }

    @Test
    void deliveryProgressAndAFullRefundReachTheOrder() throws Exception {
        Order delivering = saved(OrderStatus.DELIVERY_WAITING);
        publish("rider.events", event("delivery.picked-up", Map.of("orderId", delivering.id())));
        publish("rider.events", event("delivery.completed", Map.of("orderId", delivering.id(), "boxNumber", "B-07")));
        Order cancelled = saved(OrderStatus.CANCELLED);
        publish("billing.events", event("payment.refunded", Map.of("orderId", cancelled.id(), "amount", 1000, "full", true)));

        await().atMost(Duration.ofSeconds(15)).until(() -> status(delivering) == OrderStatus.DELIVERED);
        assertThat(orders.findById(delivering.id()).orElseThrow().boxNumber()).isEqualTo("B-07");
        await().atMost(Duration.ofSeconds(15)).until(() -> status(cancelled) == OrderStatus.REFUNDED);
    }

    private Order saved(OrderStatus status) {
        Order order = Orders.in(status, clock);
        transactions.executeWrite(tx -> {
            orders.insert(order);
            return null;
        });
        return order;
    }

    private OrderStatus status(Order order) {
        return orders.findById(order.id()).orElseThrow().status();
    }

    private EventEnvelope event(String type, Map<String, Object> payload) {
        return new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), payload.get("orderId").toString(),
                "saga-test", codec.toTree(payload));
    }

    private void publish(String exchange, EventEnvelope envelope) throws Exception {
        channel.basicPublish(exchange, envelope.type(), new AMQP.BasicProperties.Builder()
                .messageId(envelope.eventId().toString()).contentType("application/json").build(), codec.encode(envelope));
    }
}
