package delivery.notification.adapters;

import delivery.messaging.EventCodec;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After an outage the queues drain in any order: the rider's news about an order may come before
 * the order's own events. Notification keeps such a notice until it learns the customer, then tells them.
 */
@MicronautTest(transactional = false)
class DeferredNoticeTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    EventCodec codec;
    TestEvents events;

    @BeforeEach
    void connect() throws Exception {
        events = new TestEvents(codec);
    }

    @AfterEach
    void close() throws Exception {
        events.close();
    }

    @Test
    void newsOfADeliveryArrivingBeforeTheOrderIsToldOnceTheCustomerIsKnown() {
        UUID orderId = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        events.publish("rider.events", "delivery.picked-up", Map.of("deliveryId", UUID.randomUUID(), "orderId", orderId,
                "riderId", UUID.randomUUID()));
        events.publish("order.events", "order.placed", Map.of("orderId", orderId, "customerId", customer,
                "storeId", UUID.randomUUID(), "totalAmount", 9000, "paymentMethod", "CARD"));

        List<Map<String, Object>> told = await().atMost(Duration.ofSeconds(15)).until(() -> notificationsOf(customer),
                list -> !list.isEmpty());
        assertThat(told).extracting(n -> n.get("type")).containsExactly("delivery.picked-up");
    }

    private List<Map<String, Object>> notificationsOf(UUID recipient) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/notifications?recipientId=" + recipient),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
