package delivery.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint of the public API, through the edge, fed what a careless or hostile client
 * sends: no body, broken JSON, the wrong JSON type, unknown fields only, wrong value types, text
 * PostgreSQL cannot store, unknown ids. Each answer is a 4xx problem, never a 5xx.
 */
@org.junit.jupiter.api.extension.ExtendWith(ClearOfMidnight.class)
class BadInputIT {

    private static final List<String> MALFORMED = List.of("", "{", "[]", "null", "\"text\"", "123", "{\"a\":",
            "{\"unknown\": 1}", "{\"name\": [], \"reason\": [], \"available\": \"maybe\", \"soldOut\": \"yes\", \"deliveryIds\": \"x\"}",
            "{\"available\": 1, \"soldOut\": 0, \"email\": \"true\", \"push\": 1}",
            "{\"name\": \"a\\u0000b\", \"reason\": \"a\\u0000b\", \"address\": \"x\"}");

    static Scenario campus;

    @BeforeAll
    static void setUp() {
        campus = Scenario.campus();
    }

    @Test
    void noMalformedRequestMakesAServiceFail() {
        String unknown = UUID.randomUUID().toString();
        List<String[]> writes = List.of(
                new String[]{"POST", "/api/sites"},
                new String[]{"POST", "/api/sites/" + campus.siteId + "/slots"},
                new String[]{"POST", "/api/sites/not-a-uuid/slots"},
                new String[]{"POST", "/api/stores"},
                new String[]{"POST", "/api/stores/" + campus.storeId + "/reject"},
                new String[]{"POST", "/api/stores/" + campus.storeId + "/products"},
                new String[]{"PATCH", "/api/stores/" + campus.storeId + "/products/" + campus.productId},
                new String[]{"POST", "/api/stores/" + campus.storeId + "/tickets/" + unknown + "/reject"},
                new String[]{"POST", "/api/orders"},
                new String[]{"POST", "/api/orders/" + unknown + "/cancel"},
                new String[]{"POST", "/api/payments/" + unknown + "/deposit"},
                new String[]{"POST", "/api/coupons"},
                new String[]{"POST", "/api/riders"},
                new String[]{"PUT", "/api/riders/" + campus.riderId + "/availability"},
                new String[]{"POST", "/api/deliveries/" + unknown + "/delay"},
                new String[]{"POST", "/api/deliveries/complete"},
                new String[]{"POST", "/api/deliveries/" + unknown + "/missing"},
                new String[]{"PUT", "/api/notifications/preferences/" + unknown});

        List<String> failures = new ArrayList<>();
        int asked = 0;
        for (String[] write : writes) {
            for (String body : MALFORMED) {
                Edge.Reply reply = Edge.send(HttpRequest.newBuilder(URI.create(Edge.BASE + write[1]))
                        .method(write[0], HttpRequest.BodyPublishers.ofString(body)), Map.of());
                asked++;
                if (reply.status() >= 500 || reply.status() < 400 || !reply.isProblem()) {
                    failures.add(reply.status() + " " + reply.contentType() + " for " + write[0] + " " + write[1] + " " + body);
                }
            }
        }
        assertThat(asked).isEqualTo(writes.size() * MALFORMED.size());
        assertThat(failures).as("answers that are not a 4xx problem").isEmpty();
    }
}
