package delivery.store.adapters;

import delivery.store.application.port.in.OpenTicketUseCase;
import delivery.store.application.port.in.OpenTicketUseCase.OpenTicketCommand;
import delivery.store.domain.TicketLine;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The confirm timeout is durable: a ticket opened by one instance of the store service, which
 * stops before the ticket is due, is rejected by the next instance on the same database; and
 * instances sweeping side by side reject each overdue ticket exactly once.
 */
class TicketTimeoutAcrossRestartTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:55432/delivery_store_test";
    private final List<ApplicationContext> running = new ArrayList<>();

    @AfterEach
    void stopWhatIsLeft() {
        running.forEach(context -> {
            if (context.isRunning()) {
                context.stop();
            }
        });
    }

    private ApplicationContext start(Duration confirmTimeout, boolean cleanDatabase) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("store.tickets.confirm-timeout", confirmTimeout.toMillis() + "ms");
        properties.put("store.tickets.sweep-interval", "200ms");
        properties.put("flyway.datasources.default.clean-schema", cleanDatabase);
        ApplicationContext context = ApplicationContext.builder().environments("test").properties(properties).start();
        running.add(context);
        assertThat(context.getProperty("datasources.default.url", String.class)).as("the test database")
                .contains(URL);
        return context;
    }

    private static UUID open(ApplicationContext context) {
        UUID orderId = UUID.randomUUID();
        context.getBean(OpenTicketUseCase.class).openTicket(new OpenTicketCommand(orderId, UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(),
                List.of(new TicketLine(UUID.randomUUID(), "Kimbap", 4_500, 1, List.of())), null, 4_500));
        return orderId;
    }

    @Test
    void aTicketDueWhileTheServiceWasDownIsRejectedOnceByTheNextInstance() throws InterruptedException {
        ApplicationContext first = start(Duration.ofSeconds(4), true);
        UUID orderId = open(first);
        Ticket opened = ticket(orderId);
        assertThat(opened.status()).isEqualTo("WAITING");

        first.stop();

        assertThat(Instant.now()).as("the first instance stopped before the ticket was due").isBefore(opened.dueAt());
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), opened.dueAt()).toMillis()) + 500);
        assertThat(ticket(orderId).status()).as("nobody swept while no instance ran").isEqualTo("WAITING");
        assertThat(rejectedEvents(orderId)).isZero();

        start(Duration.ofSeconds(4), false);

        await().atMost(Duration.ofSeconds(15)).until(() -> ticket(orderId).status().equals("REJECTED"));
        assertThat(ticket(orderId).reason()).isEqualTo("store did not confirm");
        Thread.sleep(1_000); // further sweeps change nothing
        assertThat(rejectedEvents(orderId)).isEqualTo(1);
    }

    @Test
    void instancesSweepingSideBySideRejectEachOverdueTicketExactlyOnce() {
        ApplicationContext one = start(Duration.ofSeconds(1), true);
        start(Duration.ofSeconds(1), false);
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            orders.add(open(one));
        }

        await().atMost(Duration.ofSeconds(15)).until(() -> orders.stream()
                .allMatch(orderId -> ticket(orderId).status().equals("REJECTED")));

        assertThat(orders).allSatisfy(orderId -> assertThat(rejectedEvents(orderId)).isEqualTo(1));
    }

    record Ticket(String status, String reason, Instant dueAt) {
    }

    private static Ticket ticket(UUID orderId) {
        try (Connection connection = DriverManager.getConnection(URL, "delivery_store", "delivery_store");
             PreparedStatement statement = connection.prepareStatement(
                     "select status, reason, due_at from ticket where order_id = ?")) {
            statement.setObject(1, orderId);
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).as("ticket of order %s", orderId).isTrue();
                return new Ticket(result.getString(1), result.getString(2), result.getTimestamp(3).toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ticket.rejected rows of the order, each checked to carry the timeout's reason. */
    private static long rejectedEvents(UUID orderId) {
        try (Connection connection = DriverManager.getConnection(URL, "delivery_store", "delivery_store");
             PreparedStatement statement = connection.prepareStatement("""
                     select body->'payload'->>'reason' from outbox_event
                     where routing_key = 'ticket.rejected' and body->>'aggregateId' = ?""")) {
            statement.setString(1, orderId.toString());
            long rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    assertThat(result.getString(1)).isEqualTo("store did not confirm");
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
