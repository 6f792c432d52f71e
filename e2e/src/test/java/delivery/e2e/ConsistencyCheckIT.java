package delivery.e2e;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Run after all the journeys (its own failsafe execution): once every outbox is drained, the
 * services' databases tell one story — each delivered order has one captured payment and one
 * completed delivery, each refunded order exactly one full refund of what was taken — and no
 * order is left waiting for the system.
 */
class ConsistencyCheckIT {

    private static final String URL = "jdbc:postgresql://127.0.0.1:55432/";

    @Test
    void theServicesAgreeOnEveryOrderOnceTheirOutboxesAreDrained() throws Exception {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> pending("order") + pending("store") + pending("rider") + pending("billing") + pending("notification") == 0);
        Thread.sleep(2_000); // the last events are consumed

        Map<String, String> orders = query("order", "select id::text, status from customer_order");
        Map<String, String> captures = query("billing", "select order_id::text, count(*)::text from payment_capture group by order_id");
        Map<String, String> payments = query("billing", "select order_id::text, count(*)::text from payment group by order_id");
        Map<String, String> taken = query("billing",
                "select order_id::text, amount || '/' || refunded_amount from payment where status <> 'REJECTED'");
        Map<String, String> fullRefunds = query("billing",
                "select order_id::text, count(*)::text from refund where full_refund group by order_id");
        Map<String, String> completed = query("rider",
                "select order_id::text, count(*)::text from delivery where status = 'COMPLETED' and redelivery_of is null group by order_id");

        List<String> broken = new ArrayList<>();
        orders.forEach((order, status) -> {
            if (payments.containsKey(order) && !"1".equals(payments.get(order))) {
                broken.add(order + " has " + payments.get(order) + " payments");
            }
            if ("DELIVERED".equals(status)) {
                if (!"1".equals(captures.get(order))) {
                    broken.add(order + " DELIVERED with " + captures.getOrDefault(order, "0") + " captures");
                }
                if (!"1".equals(completed.get(order))) {
                    broken.add(order + " DELIVERED with " + completed.getOrDefault(order, "0") + " completed deliveries");
                }
            }
            if ("REFUNDED".equals(status) && taken.containsKey(order)) {
                String[] amounts = taken.get(order).split("/");
                if (!amounts[0].equals(amounts[1]) || !"1".equals(fullRefunds.get(order))) {
                    broken.add(order + " REFUNDED but took/refunded " + taken.get(order) + " with "
                            + fullRefunds.getOrDefault(order, "0") + " full refunds");
                }
            }
        });
        assertThat(orders).as("orders to check").isNotEmpty();
        assertThat(broken).as("inconsistencies across the services' databases").isEmpty();
    }

    /**
     * Once the system is idle no order waits for the system: payment, the store's decision and a
     * refund all come by themselves (in the e2e environment a ticket times out after 60 s and a
     * virtual account after 60 s). Orders waiting for a person — a rider to pick up — may stay.
     */
    @Test
    void noOrderIsLeftWaitingForTheSystemOnceItIsIdle() throws Exception {
        String waiting = "select id::text, status from customer_order where status in ('PAYMENT_PENDING', 'ORDER_WAITING', 'CANCELLED')";
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2)).until(() -> query("order", waiting).isEmpty());
        assertThat(query("order", waiting)).isEmpty();
    }

    private static long pending(String service) throws SQLException {
        return Long.parseLong(query(service, "select 'n', count(*)::text from outbox_event where published_at is null").get("n"));
    }

    private static Map<String, String> query(String service, String sql) throws SQLException {
        String database = "delivery_" + service;
        Map<String, String> rows = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(URL + database, database, database);
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2));
            }
        }
        return rows;
    }
}
