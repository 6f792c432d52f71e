package delivery.notification.domain;

/** What a recipient reads: a subject line and a body. */
public record Message(String subject, String body) {
}
