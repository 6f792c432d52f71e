package delivery.notification.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How a recipient wants to be told: live push by default, email once they give an address and
 * opt in; in Korean unless they choose English.
 */
public record Preferences(UUID recipientId, boolean email, String emailAddress, boolean push, Language language) {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Preferences {
        if (recipientId == null) {
            throw new InvalidValueException("recipientId", "recipientId is required");
        }
        if (emailAddress != null && !ADDRESS.matcher(emailAddress).matches()) {
            throw new InvalidValueException("emailAddress", "emailAddress is not an email address");
        }
        if (email && emailAddress == null) {
            throw new InvalidValueException("emailAddress", "email needs an emailAddress");
        }
        if (language == null) {
            language = Language.DEFAULT;
        }
    }

    public Preferences(UUID recipientId, boolean email, String emailAddress, boolean push) {
        this(recipientId, email, emailAddress, push, Language.DEFAULT);
    }

    public static Preferences defaults(UUID recipientId) {
        return new Preferences(recipientId, false, null, true, Language.DEFAULT);
    }

    public Set<Channel> channels() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (email) {
            channels.add(Channel.EMAIL);
        }
        if (push) {
            channels.add(Channel.PUSH);
        }
        return channels;
    }

    /** Where a notification on this channel goes: the email address, or nothing for push. */
    public String addressFor(Channel channel) {
        return channel == Channel.EMAIL ? emailAddress : null;
    }
}
