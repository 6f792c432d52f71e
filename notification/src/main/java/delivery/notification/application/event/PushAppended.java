package delivery.notification.application.event;

import java.util.Set;
import java.util.UUID;

/** Raised inside the sending transaction; live streams of these recipients read on once it commits. */
public record PushAppended(Set<UUID> recipientIds) {
}
