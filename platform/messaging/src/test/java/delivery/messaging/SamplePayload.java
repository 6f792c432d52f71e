package delivery.messaging;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record SamplePayload(String text, int amount) {
}
