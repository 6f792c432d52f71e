package delivery.notification.adapters.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

@MappedEntity("recipient_preferences")
record PreferencesRow(@Id UUID recipientId, boolean email, @Nullable String emailAddress, boolean push,
                      String language) {
}
