package delivery.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest
class ProblemResponsesTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void invalidBodyNamesEveryOffendingField() {
        Map<String, Object> problem = problem(HttpRequest.POST("/things", Map.of("name", " ", "size", Map.of("count", -1))), 400);
        assertThat(problem.get("field")).isEqualTo("name");
        assertThat((List<Map<String, Object>>) problem.get("errors")).extracting(e -> e.get("field"))
                .containsExactly("name", "size.count");
    }

    @Test
    void listItemsAreNamedByTheirIndex() {
        Map<String, Object> problem = problem(HttpRequest.POST("/things", Map.of("name", "box", "size", Map.of("count", 1),
                "parts", List.of(Map.of("count", 1), Map.of("count", 0)))), 400);
        assertThat(problem.get("field")).isEqualTo("parts[1].count");
    }

    @Test
    void ruleBrokenInsideTheServiceNamesItsField() {
        Map<String, Object> problem = problem(HttpRequest.POST("/things", Map.of("name", "forbidden", "size", Map.of("count", 1))), 400);
        assertThat(problem.get("field")).isEqualTo("name");
        assertThat(problem.get("detail")).isEqualTo("that name is taken");
    }

    @Test
    void textWithTheNulCharacterIsRefusedNamingItsField() {
        Map<String, Object> problem = problem(HttpRequest.POST("/things",
                "{\"name\":\"box\",\"size\":{\"count\":1},\"parts\":[{\"count\":1},{\"count\":2,\"label\":\"a\\u0000b\"}]}")
                .contentType("application/json"), 400);
        assertThat(problem.get("field")).isEqualTo("parts[1].label");
        assertThat(problem.get("detail").toString()).contains("NUL");
    }

    @Test
    void anEscapedBackslashBeforeU0000IsPlainText() {
        HttpResponse<Map> created = http.toBlocking().exchange(HttpRequest.POST("/things",
                "{\"name\":\"C:\\\\u0000\",\"size\":{\"count\":1}}").contentType("application/json"), Map.class);
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body()).containsEntry("name", "C:\\u0000");
    }

    @Test
    void aBooleanIsTrueOrFalseAndNothingElse() {
        for (String notABoolean : List.of("\"maybe\"", "\"true\"", "1")) {
            Map<String, Object> problem = problem(HttpRequest.POST("/things",
                    "{\"name\":\"box\",\"size\":{\"count\":1},\"fragile\":" + notABoolean + "}").contentType("application/json"), 400);
            assertThat(problem.get("detail").toString()).as(notABoolean).contains("must be true or false");
        }
        HttpResponse<Map> created = http.toBlocking().exchange(HttpRequest.POST("/things",
                "{\"name\":\"box\",\"size\":{\"count\":1},\"fragile\":true}").contentType("application/json"), Map.class);
        assertThat(created.body()).containsEntry("fragile", true);
    }

    @Test
    void missingOrMalformedQueryValueIsNamed() {
        assertThat(problem(HttpRequest.GET("/things"), 400).get("field")).isEqualTo("owner");
        assertThat(problem(HttpRequest.GET("/things?owner=abc"), 400).get("field")).isEqualTo("owner");
    }

    @Test
    void unknownRouteIsANotFoundProblem() {
        assertThat(problem(HttpRequest.GET("/nowhere"), 404).get("status")).isEqualTo(404);
    }

    @Test
    void aFaultOfTheServiceHidesItsInternals() {
        Map<String, Object> problem = problem(HttpRequest.GET("/things/broken"), 500);
        assertThat(problem.get("detail").toString()).doesNotContain("secret");
    }

    private Map<String, Object> problem(HttpRequest<?> request, int status) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request));
        assertThat(e).as("expected an error response").isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(status);
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).isEqualTo(Problem.CONTENT_TYPE));
        Map<String, Object> body = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
        assertThat(body.get("status")).isEqualTo(status);
        assertThat(body.get("type")).isEqualTo("about:blank");
        return body;
    }

    @Requires(env = "test")
    @Controller("/things")
    static class ThingController {
        @Post
        HttpResponse<?> create(@Body @Valid Thing thing) {
            if (thing.name().equals("forbidden")) {
                throw new NameTaken();
            }
            return HttpResponse.created(thing);
        }

        @Get
        List<String> list(@QueryValue UUID owner) {
            return List.of(owner.toString());
        }

        @Get("/broken")
        String broken() {
            throw new IllegalStateException("secret connection string");
        }
    }

    @Serdeable
    record Thing(@NotBlank String name, @NotNull @Valid Size size, @Nullable List<@Valid Size> parts,
                 @Nullable Boolean fragile) {
    }

    @Serdeable
    record Size(@Positive int count, @Nullable String label) {
    }

    static class NameTaken extends RuntimeException {
    }

    @Requires(env = "test")
    @Singleton
    @Produces
    static class NameTakenHandler implements ExceptionHandler<NameTaken, HttpResponse<?>> {
        private final Problems problems;

        NameTakenHandler(Problems problems) {
            this.problems = problems;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, NameTaken exception) {
            return problems.respond(request, exception, HttpStatus.BAD_REQUEST, "that name is taken", "name");
        }
    }
}
