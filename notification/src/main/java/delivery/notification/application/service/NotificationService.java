package delivery.notification.application.service;

import delivery.notification.application.port.in.NotificationQueries;
import delivery.notification.application.port.in.NotifyRecipientsUseCase;
import delivery.notification.application.port.in.UpdatePreferencesUseCase;
import delivery.notification.application.port.out.MessageTemplates;
import delivery.notification.application.port.out.NotificationRepository;
import delivery.notification.application.port.out.PreferencesRepository;
import delivery.notification.domain.Channel;
import delivery.notification.domain.Message;
import delivery.notification.domain.Notification;
import delivery.notification.domain.Preferences;
import delivery.notification.domain.Recipient;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class NotificationService implements NotifyRecipientsUseCase, NotificationQueries, UpdatePreferencesUseCase {

    private final NotificationRepository notifications;
    private final PreferencesRepository preferences;
    private final MessageTemplates templates;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, PreferencesRepository preferences,
                               MessageTemplates templates, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int notify(NotifyCommand command) {
        int stored = 0;
        for (Recipient recipient : command.recipients()) {
            Optional<Message> message = templates.render(command.eventType(), recipient.role(), command.facts());
            if (message.isEmpty()) {
                continue;
            }
            for (Channel channel : preferences(recipient.id()).channels()) {
                Notification notification = Notification.compose(command.sourceEventId(), recipient, channel,
                        command.eventType(), message.get(), clock.instant());
                if (notifications.saveIfAbsent(notification)) {
                    stored++;
                }
            }
        }
        return stored;
    }

    @Override
    @Transactional
    public List<Notification> forRecipient(UUID recipientId, int limit) {
        return notifications.findByRecipient(recipientId, limit);
    }

    @Override
    @Transactional
    public Preferences preferences(UUID recipientId) {
        return preferences.find(recipientId).orElseGet(() -> Preferences.defaults(recipientId));
    }

    @Override
    @Transactional
    public Preferences update(Preferences updated) {
        preferences.save(updated);
        return updated;
    }
}
