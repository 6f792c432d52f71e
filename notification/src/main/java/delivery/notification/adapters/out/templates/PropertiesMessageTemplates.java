package delivery.notification.adapters.out.templates;

import delivery.notification.application.port.out.MessageTemplates;
import delivery.notification.domain.Message;
import delivery.notification.domain.Recipient;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message texts from messages/notifications.properties, with {fact} placeholders filled in. */
@Singleton
class PropertiesMessageTemplates implements MessageTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private final ResourceBundle bundle = ResourceBundle.getBundle("messages.notifications");

    @Override
    public Optional<Message> render(String eventType, Recipient.Role role, Map<String, String> facts) {
        String key = eventType + "." + role.name();
        try {
            return Optional.of(new Message(fill(bundle.getString(key + ".subject"), facts),
                    fill(bundle.getString(key + ".body"), facts)));
        } catch (MissingResourceException nothingToSay) {
            return Optional.empty();
        }
    }

    private static String fill(String template, Map<String, String> facts) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(text, Matcher.quoteReplacement(facts.getOrDefault(placeholder.group(1), "")));
        }
        placeholder.appendTail(text);
        return text.toString();
    }
}
