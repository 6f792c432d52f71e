package delivery.rider.adapters;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/** The rider API over HTTP against the real PostgreSQL and RabbitMQ started by the platform scripts. */
@MicronautTest(transactional = false)
class RiderApiTest {

    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);
    private static final Argument<List<Map<String, Object>>> JSON_ARRAY = Argument.listOf(JSON_OBJECT);

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    OutboxEvents outbox;
    @Inject
    TransactionOperations<Connection> transactions;
    BlockingHttpClient client;

    @BeforeEach
    void blocking() {
        client = httpClient.toBlocking();
    }

    @Test
    void registeringARiderAnswersItsIdAndAnnouncesItThroughTheOutbox() {
        UUID campus = UUID.randomUUID();
        UUID officePark = UUID.randomUUID();

        HttpResponse<Map<String, Object>> created = client.exchange(HttpRequest.POST("/api/riders",
                Map.of("name", "Kim Minjun", "siteIds", List.of(campus, officePark))), JSON_OBJECT);

        assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
        UUID riderId = UUID.fromString((String) created.body().get("riderId"));
        assertThat(created.header("Location")).isEqualTo("/api/riders/" + riderId);

        Map<String, Object> rider = client.retrieve(HttpRequest.GET("/api/riders/" + riderId), JSON_OBJECT);
        assertThat(rider).containsEntry("riderId", riderId.toString()).containsEntry("name", "Kim Minjun")
                .containsEntry("available", true);
        assertThat(strings(rider.get("siteIds"))).containsExactlyInAnyOrder(campus.toString(), officePark.toString());

        List<OutboxEvents.Row> events = outbox.of(riderId);
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.exchange()).isEqualTo("rider.events");
            assertThat(event.type()).isEqualTo("rider.registered");
            assertThat(event.envelope()).containsEntry("type", "rider.registered").containsEntry("version", 1)
                    .containsEntry("aggregateId", riderId.toString());
            assertThat(event.payload()).containsEntry("riderId", riderId.toString())
                    .containsEntry("name", "Kim Minjun");
            assertThat(strings(event.payload().get("siteIds")))
                    .containsExactlyInAnyOrder(campus.toString(), officePark.toString());
        });
        // the relay publishes it to the rider.events exchange of the real broker and marks it sent
        await().atMost(Duration.ofSeconds(15)).until(() -> outbox.of(riderId).get(0).published());
    }

    @Test
    void availabilityChangesAreAnnouncedOnlyWhenTheyChangeSomething() {
        UUID riderId = registerRider();

        assertThat(putAvailability(riderId, true)).containsEntry("riderId", riderId.toString())
                .containsEntry("available", true);
        assertThat(outbox.of(riderId, "rider.availability-changed")).isEmpty();

        assertThat(putAvailability(riderId, false)).containsEntry("available", false);
        assertThat(putAvailability(riderId, false)).containsEntry("available", false);
        assertThat(client.retrieve(HttpRequest.GET("/api/riders/" + riderId), JSON_OBJECT))
                .containsEntry("available", false);
        assertThat(putAvailability(riderId, true)).containsEntry("available", true);

        assertThat(outbox.of(riderId, "rider.availability-changed"))
                .extracting(OutboxEvents.Row::payload)
                .containsExactly(Map.of("riderId", riderId.toString(), "available", false),
                        Map.of("riderId", riderId.toString(), "available", true));
    }

    @Test
    void anUnknownRiderIsNotFound() {
        UUID unknown = UUID.randomUUID();

        assertProblem(() -> client.exchange(HttpRequest.PUT("/api/riders/" + unknown + "/availability",
                Map.of("available", false))), HttpStatus.NOT_FOUND, "riderId");
        assertProblem(() -> client.exchange(HttpRequest.GET("/api/riders/" + unknown)), HttpStatus.NOT_FOUND, "riderId");
        assertThat(outbox.of(unknown)).isEmpty();
    }

    @Test
    void invalidInputIsABadRequestNamingTheField() {
        UUID site = UUID.randomUUID();
        assertProblem(() -> client.exchange(HttpRequest.POST("/api/riders", Map.of("name", " ", "siteIds", List.of(site)))),
                HttpStatus.BAD_REQUEST, "name");
        assertProblem(() -> client.exchange(HttpRequest.POST("/api/riders", Map.of("name", "Lee", "siteIds", List.of()))),
                HttpStatus.BAD_REQUEST, "siteIds");
        assertProblem(() -> client.exchange(HttpRequest.POST("/api/riders", Map.of("name", "Lee"))),
                HttpStatus.BAD_REQUEST, "siteIds");
        assertProblem(() -> client.exchange(HttpRequest.PUT("/api/riders/" + registerRider() + "/availability", Map.of())),
                HttpStatus.BAD_REQUEST, "available");
        assertProblem(() -> client.exchange(HttpRequest.GET("/api/riders/not-a-uuid")), HttpStatus.BAD_REQUEST, "riderId");
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(() -> client.exchange(HttpRequest.POST("/api/riders", "{\"name\": \"Lee\", \"siteIds\": [")
                .contentType(MediaType.APPLICATION_JSON_TYPE)), HttpStatus.BAD_REQUEST, null);
        assertProblem(() -> client.exchange(HttpRequest.PUT("/api/riders/" + UUID.randomUUID() + "/availability",
                "{\"available\": maybe}").contentType(MediaType.APPLICATION_JSON_TYPE)), HttpStatus.BAD_REQUEST, null);
        // a value JSON cannot turn into the field's type fails before validation: the problem names the body
        Map<String, Object> undecodable = assertProblem(() -> client.exchange(HttpRequest.POST("/api/riders",
                Map.of("name", "Lee", "siteIds", List.of("not-a-uuid")))), HttpStatus.BAD_REQUEST, "request");
        assertThat((String) undecodable.get("detail")).contains("siteIds");
    }

    @Test
    void deliveriesNeedAnOrderOrARider() {
        Map<String, Object> problem = assertProblem(() -> client.exchange(HttpRequest.GET("/api/deliveries")),
                HttpStatus.BAD_REQUEST, null);
        assertThat(problem).containsEntry("field", "orderId");
        assertThat(objects(problem.get("errors"))).extracting(error -> error.get("field"))
                .containsExactly("orderId", "riderId");
        assertProblem(() -> client.exchange(HttpRequest.GET("/api/deliveries?orderId=nope")),
                HttpStatus.BAD_REQUEST, "orderId");
    }

    private UUID registerRider() {
        Map<String, Object> created = client.retrieve(HttpRequest.POST("/api/riders",
                Map.of("name", "Park Jiwoo", "siteIds", List.of(UUID.randomUUID()))), JSON_OBJECT);
        return UUID.fromString((String) created.get("riderId"));
    }

    private Map<String, Object> putAvailability(UUID riderId, boolean available) {
        HttpResponse<Map<String, Object>> response = client.exchange(
                HttpRequest.PUT("/api/riders/" + riderId + "/availability", Map.of("available", available)), JSON_OBJECT);
        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        return response.body();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object jsonArray) {
        return (List<String>) jsonArray;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> objects(Object jsonArray) {
        return (List<Map<String, Object>>) jsonArray;
    }

    /** Asserts an RFC 9457 problem with the status and, when given, the offending field among those it names. */
    private static Map<String, Object> assertProblem(Runnable call, HttpStatus status, String field) {
        HttpClientResponseException error = catchThrowableOfType(HttpClientResponseException.class, call::run);
        assertThat(error).as("expected %s", status).isNotNull();
        assertThat(error.code()).isEqualTo(status.getCode());
        assertThat(error.getResponse().getContentType()).hasValueSatisfying(type ->
                assertThat(type.toString()).isEqualTo("application/problem+json"));
        Map<String, Object> problem = error.getResponse().getBody(JSON_OBJECT).orElseThrow();
        assertThat(problem).containsEntry("status", status.getCode());
        if (field != null) {
            List<Object> fields = new ArrayList<>();
            fields.add(problem.get("field"));
            if (problem.get("errors") instanceof List<?> errors) {
                errors.forEach(each -> fields.add(((Map<?, ?>) each).get("field")));
            }
            assertThat(fields).as("fields named by %s", problem).contains(field);
        }
        return problem;
    }
}
