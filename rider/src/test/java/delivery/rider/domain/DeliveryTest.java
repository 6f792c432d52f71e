package delivery.rider.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryTest {

    @Test
    void aPlannedDeliveryWaitsForItsRider() {
        Delivery planned = new Delivery(UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(),
                UUID.randomUUID(), DeliveryStatus.PLANNED);
        assertThat(planned.riderId()).isNull();
    }

    @Test
    void aDeliveryBelongsToAnOrderSiteAndSlot() {
        assertThatThrownBy(() -> new Delivery(UUID.randomUUID(), null, null, UUID.randomUUID(), UUID.randomUUID(),
                DeliveryStatus.PLANNED)).isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("orderId");
        assertThatThrownBy(() -> new Delivery(UUID.randomUUID(), UUID.randomUUID(), null, null, UUID.randomUUID(),
                DeliveryStatus.PLANNED)).isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("siteId");
        assertThatThrownBy(() -> new Delivery(UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), null,
                DeliveryStatus.PLANNED)).isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("slotId");
    }

    @Property
    void onlyAPlannedOrCancelledDeliveryMayLackARider(@ForAll DeliveryStatus status) {
        boolean riderOptional = status == DeliveryStatus.PLANNED || status == DeliveryStatus.CANCELLED;
        if (riderOptional) {
            assertThat(new Delivery(UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(), UUID.randomUUID(),
                    status).status()).isEqualTo(status);
        } else {
            assertThatThrownBy(() -> new Delivery(UUID.randomUUID(), UUID.randomUUID(), null, UUID.randomUUID(),
                    UUID.randomUUID(), status)).isInstanceOf(InvalidValueException.class)
                    .extracting("field").isEqualTo("riderId");
        }
        assertThat(new Delivery(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), status).riderId()).isNotNull();
    }
}
