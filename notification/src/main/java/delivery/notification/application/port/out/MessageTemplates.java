package delivery.notification.application.port.out;

import delivery.notification.domain.Language;
import delivery.notification.domain.Message;
import delivery.notification.domain.Recipient;

import java.util.Map;
import java.util.Optional;

public interface MessageTemplates {

    /** @return empty when there is no template for this event type and role */
    Optional<Message> render(String eventType, Recipient.Role role, Language language, Map<String, String> facts);
}
