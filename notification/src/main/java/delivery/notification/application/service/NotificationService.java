package delivery.notification.application.service;

import delivery.notification.application.event.NotificationsStored;
import delivery.notification.application.port.in.NotificationQueries;
import delivery.notification.application.port.in.NotifyAboutEventUseCase;
import delivery.notification.application.port.in.UpdatePreferencesUseCase;
import delivery.notification.application.port.out.MessageTemplates;
import delivery.notification.application.port.out.NotificationRepository;
import delivery.notification.application.port.out.PartiesRepository;
import delivery.notification.application.port.out.PartiesRepository.KnownOrder;
import delivery.notification.application.port.out.PartiesRepository.KnownStore;
import delivery.notification.application.port.out.PreferencesRepository;
import delivery.notification.domain.Audience;
import delivery.notification.domain.Channel;
import delivery.notification.domain.Message;
import delivery.notification.domain.Notification;
import delivery.notification.domain.Parties;
import delivery.notification.domain.Preferences;
import delivery.notification.domain.Recipient;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Turns events into stored PENDING notifications: learns who owns which store and order, decides
 * who is told ({@link Audience}), renders each recipient's message in their language and stores
 * one notification per recipient and enabled channel. Sending is {@link DeliveryService}'s job.
 */
@Singleton
public class NotificationService implements NotifyAboutEventUseCase, NotificationQueries, UpdatePreferencesUseCase {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final PreferencesRepository preferences;
    private final PartiesRepository parties;
    private final MessageTemplates templates;
    private final ApplicationEventPublisher<NotificationsStored> stored;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, PreferencesRepository preferences,
                               PartiesRepository parties, MessageTemplates templates,
                               ApplicationEventPublisher<NotificationsStored> stored, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.parties = parties;
        this.templates = templates;
        this.stored = stored;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int handle(EventNotice notice) {
        if (notice.orderId() != null) {
            parties.lockOrder(notice.orderId());
        }
        learn(notice);
        Map<String, String> facts = new HashMap<>(notice.facts());
        Parties concerned = partiesOf(notice, facts);
        Set<Recipient.Role> roles = Audience.of(notice.type(), facts);
        int count = 0;
        if (roles.contains(Recipient.Role.CUSTOMER) && concerned.customerId() == null && notice.orderId() != null) {
            // told again in full once the customer is known; the others told now are not told twice
            LOG.info("{} {}: customer of order {} not known yet, deferred", notice.type(), notice.eventId(),
                    notice.orderId());
            parties.defer(notice);
        }
        for (Recipient recipient : concerned.recipients(roles)) {
            count += notify(notice, recipient, facts);
        }
        if (notice.orderId() != null && concerned.customerId() != null) {
            for (EventNotice deferred : parties.takeDeferred(notice.orderId())) {
                count += handle(deferred);
            }
        }
        if (count > 0) {
            stored.publishEvent(new NotificationsStored(count));
        }
        return count;
    }

    private void learn(EventNotice notice) {
        if (notice.storeId() != null && notice.ownerId() != null && notice.storeName() != null) {
            parties.rememberStore(notice.storeId(), notice.ownerId(), notice.storeName());
        }
        if (notice.orderId() != null && (notice.customerId() != null || notice.storeId() != null)) {
            parties.rememberOrder(notice.orderId(), notice.customerId(), notice.storeId());
        }
        if (notice.orderId() != null && "delivery.assigned".equals(notice.type())) {
            parties.rememberRider(notice.orderId(), notice.riderId());
        }
        if (notice.orderId() != null && "delivery.unassigned".equals(notice.type())) {
            parties.rememberRider(notice.orderId(), null);
        }
    }

    private Parties partiesOf(EventNotice notice, Map<String, String> facts) {
        Optional<KnownOrder> order = notice.orderId() == null ? Optional.empty() : parties.order(notice.orderId());
        UUID customer = notice.customerId() != null ? notice.customerId() : order.map(KnownOrder::customerId).orElse(null);
        UUID storeId = notice.storeId() != null ? notice.storeId() : order.map(KnownOrder::storeId).orElse(null);
        UUID rider = notice.riderId() != null ? notice.riderId() : order.map(KnownOrder::riderId).orElse(null);
        Optional<KnownStore> store = storeId == null ? Optional.empty() : parties.store(storeId);
        UUID owner = notice.ownerId() != null ? notice.ownerId() : store.map(KnownStore::ownerId).orElse(null);
        String storeName = notice.storeName() != null ? notice.storeName() : store.map(KnownStore::name).orElse(null);
        if (storeName != null) {
            facts.putIfAbsent("storeName", storeName);
        }
        if (notice.orderId() != null) {
            facts.putIfAbsent("orderNo", notice.orderId().toString().substring(0, 8));
        }
        return new Parties(customer, owner, rider);
    }

    private int notify(EventNotice notice, Recipient recipient, Map<String, String> facts) {
        Preferences wishes = preferences(recipient.id());
        Optional<Message> message = templates.render(notice.type(), recipient.role(), wishes.language(), facts);
        if (message.isEmpty()) {
            LOG.warn("no template for {} to a {}: {} not told", notice.type(), recipient.role(), recipient.id());
            return 0;
        }
        int count = 0;
        for (Channel channel : wishes.channels()) {
            Notification notification = Notification.compose(notice.eventId(), recipient, channel, notice.type(),
                    message.get(), wishes.addressFor(channel), clock.instant());
            if (notifications.saveIfAbsent(notification)) {
                count++;
            }
        }
        return count;
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
    public List<Notification> pushedAfter(UUID recipientId, long afterSeq, int limit) {
        return notifications.pushedAfter(recipientId, afterSeq, limit);
    }

    @Override
    @Transactional
    public long lastPushed(UUID recipientId) {
        return notifications.lastStreamSeq(recipientId);
    }

    @Override
    @Transactional
    public Preferences update(Preferences updated) {
        preferences.save(updated);
        return updated;
    }
}
