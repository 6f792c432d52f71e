package delivery.notification.adapters.out.email;

import delivery.notification.application.port.out.EmailSender;
import delivery.notification.domain.Message;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Properties;

/** Email over SMTP with Jakarta Mail: plain UTF-8 text, short timeouts so a dead server fails fast. */
@Singleton
class SmtpEmailSender implements EmailSender {

    private final Session session;
    private final InternetAddress from;

    SmtpEmailSender(@Value("${notification.smtp.host:127.0.0.1}") String host,
                    @Value("${notification.smtp.port:3025}") int port,
                    @Value("${notification.smtp.from:알림 <noreply@delivery.local>}") String from,
                    @Value("${notification.smtp.timeout:5s}") Duration timeout) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(timeout.toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(timeout.toMillis()));
        properties.put("mail.smtp.writetimeout", String.valueOf(timeout.toMillis()));
        this.session = Session.getInstance(properties);
        this.from = new InternetAddress(from, true);
    }

    @Override
    public void send(String address, Message message) {
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(from);
            mail.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(address, true));
            mail.setSubject(message.subject(), StandardCharsets.UTF_8.name());
            mail.setText(message.body(), StandardCharsets.UTF_8.name());
            mail.setSentDate(new Date());
            Transport.send(mail);
        } catch (MessagingException e) {
            throw new SendFailedException("SMTP: " + e.getMessage(), e);
        }
    }
}
