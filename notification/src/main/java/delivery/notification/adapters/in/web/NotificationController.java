package delivery.notification.adapters.in.web;

import delivery.notification.application.port.in.NotificationQueries;
import delivery.notification.application.port.in.UpdatePreferencesUseCase;
import delivery.notification.domain.Language;
import delivery.notification.domain.Notification;
import delivery.notification.domain.Preferences;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Controller("/api/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationController {

    private final NotificationQueries queries;
    private final UpdatePreferencesUseCase updatePreferences;

    NotificationController(NotificationQueries queries, UpdatePreferencesUseCase updatePreferences) {
        this.queries = queries;
        this.updatePreferences = updatePreferences;
    }

    @Get
    List<NotificationView> list(@QueryValue UUID recipientId,
                                @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return queries.forRecipient(recipientId, limit).stream().map(NotificationView::of).toList();
    }

    @Get("/preferences/{recipientId}")
    PreferencesView preferences(@PathVariable UUID recipientId) {
        return PreferencesView.of(queries.preferences(recipientId));
    }

    @Put("/preferences/{recipientId}")
    PreferencesView updatePreferences(@PathVariable UUID recipientId, @Body @Valid PreferencesRequest request) {
        return PreferencesView.of(updatePreferences.update(
                new Preferences(recipientId, request.email(), request.emailAddress(), request.push(),
                        request.language() == null ? Language.DEFAULT : Language.of(request.language()))));
    }

    @Serdeable
    record PreferencesRequest(@NotNull Boolean email, @Nullable @Email String emailAddress, @NotNull Boolean push,
                              @Nullable String language) {
    }

    @Serdeable
    record PreferencesView(UUID recipientId, boolean email, @Nullable String emailAddress, boolean push,
                           String language) {
        static PreferencesView of(Preferences p) {
            return new PreferencesView(p.recipientId(), p.email(), p.emailAddress(), p.push(), p.language().code());
        }
    }

    @Serdeable
    record NotificationView(UUID notificationId, UUID recipientId, String channel, String type, String subject,
                            String body, String status, Instant createdAt, @Nullable Instant sentAt, int attempts,
                            @Nullable String lastError) {
        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.recipientId(), n.channel().name(), n.type(), n.subject(), n.body(),
                    n.status().name(), n.createdAt(), n.sentAt(), n.attempts(), n.lastError());
        }
    }
}
