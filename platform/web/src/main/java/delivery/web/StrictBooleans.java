package delivery.web;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * A request's true or false is a JSON boolean and nothing else. Micronaut Serialization would read
 * {@code "maybe"} as false and {@code 1} as true; a client that sends those gets a 400 instead of a
 * rider made unavailable or a product sold out by accident.
 */
@Singleton
public class StrictBooleans implements Deserializer<Boolean> {

    @Override
    public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
        Object value = decoder.decodeArbitrary();
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw decoder.createDeserializationException("must be true or false, was " + value, value);
    }
}
