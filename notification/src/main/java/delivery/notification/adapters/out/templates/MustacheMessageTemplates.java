package delivery.notification.adapters.out.templates;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import delivery.notification.application.port.out.MessageTemplates;
import delivery.notification.domain.Language;
import delivery.notification.domain.Message;
import delivery.notification.domain.Recipient;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Messages from Mustache templates on the class path:
 * {@code templates/<language>/<ROLE>/<event type>.mustache}, first line the subject, the rest
 * (after a blank line) the body. Plain text, so nothing is HTML-escaped; a missing fact renders
 * empty. A template missing in English falls back to the Korean one.
 */
@Singleton
class MustacheMessageTemplates implements MessageTemplates {

    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).defaultValue("").emptyStringIsFalse(true);
    private final Map<String, Optional<Template>> cache = new ConcurrentHashMap<>();

    @Override
    public Optional<Message> render(String eventType, Recipient.Role role, Language language, Map<String, String> facts) {
        return template(language, role, eventType)
                .or(() -> template(Language.DEFAULT, role, eventType))
                .map(template -> message(template.execute(facts)));
    }

    private Optional<Template> template(Language language, Recipient.Role role, String eventType) {
        String path = "templates/" + language.code() + "/" + role.name() + "/" + eventType + ".mustache";
        return cache.computeIfAbsent(path, this::load);
    }

    private Optional<Template> load(String path) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            return in == null ? Optional.empty()
                    : Optional.of(compiler.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static Message message(String text) {
        String normalized = text.replace("\r\n", "\n");
        int end = normalized.indexOf('\n');
        String subject = (end < 0 ? normalized : normalized.substring(0, end)).strip();
        String body = end < 0 ? "" : normalized.substring(end + 1).strip();
        return new Message(subject, body);
    }
}
