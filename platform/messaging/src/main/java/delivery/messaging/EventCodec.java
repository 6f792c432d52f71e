package delivery.messaging;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns envelopes and payloads into bytes and back, with the application's JSON mapper. */
@Singleton
public class EventCodec {

    private final JsonMapper jsonMapper;

    public EventCodec(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public byte[] encode(EventEnvelope envelope) {
        try {
            return jsonMapper.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode event " + envelope.eventId(), e);
        }
    }

    /** @throws UnreadableEventException when the bytes are not an envelope */
    public EventEnvelope decode(byte[] body) {
        try {
            EventEnvelope envelope = jsonMapper.readValue(body, EventEnvelope.class);
            if (envelope == null) {
                throw new UnreadableEventException("empty message body", null);
            }
            return envelope;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableEventException unreadable) {
                throw unreadable;
            }
            throw new UnreadableEventException("message body is not an event envelope: " + e.getMessage(), e);
        }
    }

    public JsonNode toTree(Object payload) {
        try {
            return jsonMapper.writeValueToTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode payload " + payload.getClass().getSimpleName(), e);
        }
    }

    public <T> T payload(EventEnvelope envelope, Class<T> type) {
        try {
            return jsonMapper.readValueFromTree(envelope.payload(), type);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableEventException(
                    "payload of " + envelope.type() + " is not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
