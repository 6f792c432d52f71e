package delivery.notification.adapters;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.micronaut.json.JsonMapper;
import io.micronaut.core.type.Argument;

/**
 * The real SMTP server beside the platform (platform/scripts/smtp.sh): reads what it received
 * through its HTTP API and stops or starts it through the script.
 */
final class GreenMail {

    private static final String API = "http://127.0.0.1:3180/api";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private GreenMail() {
    }

    /** Every message in the address's inbox, parsed as the mail it is. */
    static List<MimeMessage> inbox(JsonMapper json, String address) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                API + "/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            return List.of(); // no mail for this address yet
        }
        List<Map<String, Object>> messages = json.readValue(response.body(),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
        Session session = Session.getInstance(new Properties());
        List<MimeMessage> parsed = new ArrayList<>();
        for (Map<String, Object> message : messages) {
            // The API hands out the raw message one char per byte.
            byte[] raw = ((String) message.get("mimeMessage")).getBytes(StandardCharsets.ISO_8859_1);
            parsed.add(new MimeMessage(session, new ByteArrayInputStream(raw)));
        }
        return parsed;
    }

    static void smtp(String action) throws Exception {
        Path script = Path.of(System.getProperty("platform.root", ".."), "platform/scripts/smtp.sh");
        Process process = new ProcessBuilder("bash", script.toString(), action).inheritIO().start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("smtp.sh " + action + " failed");
        }
    }
}
