package delivery.notification.application.port.in;

import delivery.notification.domain.Recipient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

public interface NotifyRecipientsUseCase {

    /**
     * @param sourceEventId the event that caused the notifications
     * @param eventType     e.g. {@code store.approved}; selects the message template
     * @param facts         values the template may use, e.g. storeName, reason
     */
    record NotifyCommand(UUID sourceEventId, String eventType, List<Recipient> recipients, Map<String, String> facts) {
    }

    /** @return how many notifications were newly stored */
    int notify(NotifyCommand command);
}
