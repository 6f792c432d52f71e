package delivery.e2e;

import org.kiwiproject.consul.Consul;
import org.kiwiproject.consul.model.health.HealthCheck;
import org.kiwiproject.consul.model.health.ServiceHealth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What an operator sees and does: Consul's view of the services, and the platform scripts. */
final class Platform {

    static final List<String> SERVICES = List.of("order", "store", "rider", "billing", "notification");
    private static final Consul CONSUL = Consul.builder().withUrl(System.getProperty("consul.url", "http://127.0.0.1:8500")).build();

    private Platform() {
    }

    static List<ServiceHealth> passingInstances(String service) {
        return CONSUL.healthClient().getHealthyServiceInstances(service).getResponse();
    }

    static List<String> checkStatuses(String service) {
        return CONSUL.healthClient().getServiceChecks(service).getResponse().stream().map(HealthCheck::getStatus).toList();
    }

    /**
     * platform/scripts/services.sh start|stop|kill <service>. A start returns once the service passes
     * in Consul and the edge, re-rendered by consul-template, routes to it again.
     */
    static void services(String action, String service) {
        script("services.sh", action, service);
        if ("start".equals(action)) {
            awaitRouted(service);
        }
    }

    /** Until the edge stops answering for the service itself (502/503/504): a read of one of its routes. */
    static void awaitRouted(String service) {
        String probe = switch (service) {
            case "order" -> "/api/orders?customerId=" + java.util.UUID.randomUUID();
            case "store" -> "/api/stores/" + java.util.UUID.randomUUID() + "/menu";
            case "rider" -> "/api/deliveries?riderId=" + java.util.UUID.randomUUID();
            case "billing" -> "/api/payments?orderId=" + java.util.UUID.randomUUID();
            case "notification" -> "/api/notifications?recipientId=" + java.util.UUID.randomUUID();
            default -> throw new IllegalArgumentException(service);
        };
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> Edge.get(probe).status(), status -> status < 502 || status > 504);
    }

    /** platform/scripts/rabbitmq.sh start|stop; after a start, waits until every service passes again. */
    static void rabbitmq(String action) {
        script("rabbitmq.sh", action);
        if ("start".equals(action)) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
                    .pollInterval(java.time.Duration.ofSeconds(1))
                    .until(() -> SERVICES.stream().allMatch(service -> !passingInstances(service).isEmpty()));
            SERVICES.forEach(Platform::awaitRouted);
        }
    }

    private static void script(String name, String... arguments) {
        Path script = Path.of(System.getProperty("platform.root", ".."), "platform/scripts", name);
        java.util.List<String> command = new java.util.ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(240, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
