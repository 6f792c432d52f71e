package delivery.notification.adapters;

import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Real RabbitMQ, PostgreSQL and SMTP (GreenMail from platform/scripts/smtp.sh): what customers read in their mail. */
@MicronautTest(transactional = false)
class EmailDeliveryTest {

    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions;

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    EventCodec codec;
    @Inject
    JsonMapper json;
    TestEvents events;
    UUID customer = UUID.randomUUID();
    String address = "customer-" + customer + "@example.com";

    @BeforeEach
    void setUp() throws Exception {
        GreenMail.smtp("start");
        events = new TestEvents(codec);
        events.purge();
        http.toBlocking().exchange(HttpRequest.PUT("/api/notifications/preferences/" + customer,
                Map.of("email", true, "emailAddress", address, "push", false)));
    }

    @AfterEach
    void close() throws Exception {
        events.close();
    }

    @Test
    void aPaidOrderReachesTheCustomersMailboxOnceEvenWhenThePaymentEventArrivesTwice() throws Exception {
        UUID storeId = UUID.randomUUID();
        UUID orderId = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        events.publish("store.events", "store.registered", Map.of("storeId", storeId, "ownerId", owner, "name", "캠퍼스 김밥"));
        await().atMost(Duration.ofSeconds(10)).until(() -> notificationsOf(owner), list -> !list.isEmpty());
        events.publish("order.events", "order.placed", Map.of("orderId", orderId, "customerId", customer,
                "storeId", storeId, "totalAmount", 12000, "paymentMethod", "CARD"));
        // order.placed and payment.approved travel on different queues; the store's name in the
        // message comes from order.placed, so let it be handled first, as it is in the saga
        await().atMost(Duration.ofSeconds(10)).until(() -> knowsOrder(orderId));
        EventEnvelope approved = events.envelope("payment.approved", Map.of("paymentId", UUID.randomUUID(),
                "orderId", orderId, "customerId", customer, "method", "CARD", "amount", 12000));
        events.publish("billing.events", approved);
        events.publish("billing.events", approved);

        List<MimeMessage> mail = await().atMost(Duration.ofSeconds(15))
                .until(() -> GreenMail.inbox(json, address), list -> !list.isEmpty());
        Thread.sleep(1000); // time enough for the duplicate to arrive and be dropped
        mail = GreenMail.inbox(json, address);

        assertThat(mail).hasSize(1);
        MimeMessage message = mail.get(0);
        assertThat(message.getSubject()).isEqualTo("12,000원 결제가 완료되었습니다");
        assertThat(((InternetAddress) message.getRecipients(jakarta.mail.Message.RecipientType.TO)[0]).getAddress())
                .isEqualTo(address);
        assertThat(((String) message.getContent()).strip()).isEqualTo("주문 " + orderId.toString().substring(0, 8)
                + "의 결제가 완료되어 캠퍼스 김밥에 전달했습니다. 가게가 수락하면 알려 드리겠습니다.");
        assertThat(notificationsOf(customer)).singleElement().satisfies(n -> {
            assertThat(n.get("channel")).isEqualTo("EMAIL");
            assertThat(n.get("type")).isEqualTo("payment.approved");
            assertThat(n.get("status")).isEqualTo("SENT");
            assertThat(n.get("sentAt")).isNotNull();
        });
    }

    private boolean knowsOrder(UUID orderId) {
        return transactions.executeRead(status -> {
            try (var statement = status.getConnection().prepareStatement("select store_id from known_order where order_id = ?")) {
                statement.setObject(1, orderId);
                try (var result = statement.executeQuery()) {
                    return result.next() && result.getObject(1) != null;
                }
            }
        });
    }

    @Test
    void anEmailWrittenWhileSmtpIsDownIsSentOnceItIsBack() throws Exception {
        GreenMail.smtp("stop");
        try {
            events.publish("billing.events", "payment.refunded", Map.of("paymentId", UUID.randomUUID(),
                    "orderId", UUID.randomUUID(), "customerId", customer, "amount", 5500, "reason", "store rejected",
                    "full", true));

            Map<String, Object> failing = await().atMost(Duration.ofSeconds(15))
                    .until(() -> notificationsOf(customer), list -> list.size() == 1
                            && ((Number) list.get(0).get("attempts")).intValue() >= 2).get(0);
            assertThat(failing.get("status")).isEqualTo("PENDING");
            assertThat(failing.get("sentAt")).isNull();
            assertThat((String) failing.get("lastError")).startsWith("SMTP:");
        } finally {
            GreenMail.smtp("start");
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> notificationsOf(customer).get(0), n -> "SENT".equals(n.get("status")));
        List<MimeMessage> mail = GreenMail.inbox(json, address);
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo("5,500원이 환불되었습니다");
        assertThat(notificationsOf(customer).get(0).get("sentAt")).isNotNull();
    }

    private List<Map<String, Object>> notificationsOf(UUID recipient) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/notifications?recipientId=" + recipient),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
