package delivery.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The people an event may concern, as far as they are known (any of them may be null). */
public record Parties(UUID customerId, UUID ownerId, UUID riderId) {

    public UUID idOf(Recipient.Role role) {
        return switch (role) {
            case CUSTOMER -> customerId;
            case OWNER -> ownerId;
            case RIDER -> riderId;
        };
    }

    public List<Recipient> recipients(Iterable<Recipient.Role> roles) {
        List<Recipient> recipients = new ArrayList<>();
        for (Recipient.Role role : roles) {
            if (idOf(role) != null) {
                recipients.add(new Recipient(idOf(role), role));
            }
        }
        return recipients;
    }
}
