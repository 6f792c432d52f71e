package delivery.notification.adapters.in.messaging;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** The values a template may show, as text: amounts with separators, times in Korea's time zone. */
final class Facts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Seoul"));

    private final Map<String, String> values = new HashMap<>();

    Facts put(String name, Object value) {
        if (value != null) {
            values.put(name, value.toString());
        }
        return this;
    }

    Facts amount(String name, Long won) {
        if (won != null) {
            values.put(name, String.format("%,d", won));
        }
        return this;
    }

    Facts time(String name, Instant at) {
        if (at != null) {
            values.put(name, TIME.format(at));
        }
        return this;
    }

    Map<String, String> values() {
        return values;
    }
}
