package delivery.notification.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static delivery.notification.domain.Recipient.Role.CUSTOMER;
import static delivery.notification.domain.Recipient.Role.OWNER;
import static delivery.notification.domain.Recipient.Role.RIDER;
import static org.assertj.core.api.Assertions.assertThat;

class AudienceTest {

    @Test
    void theCustomerHearsOfEachChangeOnceFromTheServiceThatKnowsItFirstHand() {
        assertThat(Audience.of("order.placed", Map.of())).isEmpty();          // payment.* follows
        assertThat(Audience.of("order.accepted", Map.of())).isEmpty();        // ticket.accepted said it
        assertThat(Audience.of("order.delivered", Map.of())).isEmpty();       // delivery.completed said it
        assertThat(Audience.of("payment.captured", Map.of())).isEmpty();
        assertThat(Audience.of("delivery.completed", Map.of())).containsExactly(CUSTOMER);
        assertThat(Audience.of("delivery.assigned", Map.of())).containsExactlyInAnyOrder(CUSTOMER, RIDER);
    }

    @Test
    void aCancelIsToldOnlyWhenTheCustomerCancelled() {
        assertThat(Audience.of("order.cancelled", Map.of("cancelledBy", "CUSTOMER"))).containsExactlyInAnyOrder(CUSTOMER, OWNER);
        assertThat(Audience.of("order.cancelled", Map.of("cancelledBy", "STORE"))).isEmpty(); // ticket.rejected said it
    }

    @Test
    void theOwnerHearsOfMissingItemsOnlyWhenTheStoreIsAtFault() {
        assertThat(Audience.of("delivery.missing-reported", Map.of("fault", "STORE"))).containsExactlyInAnyOrder(CUSTOMER, OWNER);
        assertThat(Audience.of("delivery.missing-reported", Map.of("fault", "RIDER"))).containsExactly(CUSTOMER);
    }

    @Test
    void everyoneToldHasAKoreanAndAnEnglishTemplate() {
        Audience.table().forEach((type, roles) -> roles.forEach(role -> {
            for (Language language : Language.values()) {
                String path = "templates/" + language.code() + "/" + role + "/" + type + ".mustache";
                assertThat(getClass().getClassLoader().getResource(path)).as(path).isNotNull();
            }
        }));
    }
}
