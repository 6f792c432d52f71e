package delivery.notification.domain;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PreferencesTest {

    private final UUID recipient = UUID.randomUUID();

    @Test
    void byDefaultARecipientGetsLivePushOnly() {
        assertThat(Preferences.defaults(recipient).channels()).containsExactly(Channel.PUSH);
    }

    @Test
    void emailNeedsAnAddress() {
        assertThatThrownBy(() -> new Preferences(recipient, true, null, true))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("emailAddress");
        assertThat(new Preferences(recipient, true, "owner@example.com", false).channels()).containsExactly(Channel.EMAIL);
    }

    @Test
    void aMalformedAddressIsRefused() {
        assertThatThrownBy(() -> new Preferences(recipient, false, "not-an-address", true))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("emailAddress");
    }

    @Test
    void allChannelsOffMeansNoChannel() {
        assertThat(new Preferences(recipient, false, null, false).channels()).isEmpty();
    }
}
