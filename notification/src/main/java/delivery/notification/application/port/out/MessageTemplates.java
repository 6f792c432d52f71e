package delivery.notification.application.port.out;

import delivery.notification.domain.Message;
import delivery.notification.domain.Recipient;

import java.util.Map;
import java.util.Optional;

public interface MessageTemplates {

    /** @return empty when nothing is said to this role about this event type */
    Optional<Message> render(String eventType, Recipient.Role role, Map<String, String> facts);
}
