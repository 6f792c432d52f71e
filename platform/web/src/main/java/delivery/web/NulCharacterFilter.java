package delivery.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.util.Map;

/**
 * A JSON body with the NUL character in a string (the JSON escape \\u0000) is refused with a 400 naming
 * the field: PostgreSQL stores no NUL in text or jsonb, so such a value would otherwise fail deep
 * inside a service's transaction. Malformed JSON is left to the route's own binding.
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN, methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
public class NulCharacterFilter {

    private static final String ESCAPED_NUL = "\\u0000";

    private final JsonMapper json;
    private final Problems problems;

    public NulCharacterFilter(JsonMapper json, Problems problems) {
        this.json = json;
        this.problems = problems;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> refuseNul(HttpRequest<?> request, @Body @Nullable String body) {
        if (body == null || !body.contains(ESCAPED_NUL)) {
            return null;
        }
        String field;
        try {
            field = fieldWithNul(json.readValue(body, JsonNode.class), "");
        } catch (IOException | RuntimeException malformed) {
            return null;
        }
        if (field == null) {
            return null;
        }
        String named = field.isEmpty() ? "body" : field;
        return problems.respond(request, null, HttpStatus.BAD_REQUEST,
                named + " must not contain the NUL character (\\u0000)", named);
    }

    /** The path of the first string (or object key) holding a NUL, as constraint violations name fields. */
    @Nullable
    private static String fieldWithNul(JsonNode node, String path) {
        if (node.isString()) {
            return node.getStringValue().indexOf('\0') >= 0 ? path : null;
        }
        if (node.isArray()) {
            int index = 0;
            for (JsonNode item : node.values()) {
                String found = fieldWithNul(item, path + "[" + index++ + "]");
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.entries()) {
                String child = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
                if (entry.getKey().indexOf('\0') >= 0) {
                    return child;
                }
                String found = fieldWithNul(entry.getValue(), child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
