package delivery.notification.domain;

import java.util.UUID;

/** Someone concerned by an event, in the role that decides what they are told. */
public record Recipient(UUID id, Role role) {

    public enum Role { CUSTOMER, OWNER, RIDER }
}
