package delivery.notification.domain;

import java.util.Locale;

/** The language a recipient reads their notifications in. Korean unless they choose otherwise. */
public enum Language {
    KO, EN;

    public static final Language DEFAULT = KO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language of(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new InvalidValueException("language", "language must be ko or en");
    }
}
