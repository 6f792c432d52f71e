package delivery.order.adapters;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import delivery.messaging.EventCodec;
import delivery.messaging.EventEnvelope;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes store events on {@code store.events} of the test vhost, as the store service would,
 * and knows a whole little catalog: a site with a slot, an approved store serving it, its menu.
 */
public final class StoreEvents implements AutoCloseable {

    /** A catalog as the store's events describe it; prices: Bibimbap 8000 (+ extra egg 500), Barley tea 1500. */
    public record Catalog(UUID siteId, UUID slotId, UUID storeId, UUID bibimbap, UUID tea, UUID soldOutKimbap) {
        public static Catalog random() {
            return new Catalog(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID(), UUID.randomUUID());
        }
    }

    private final EventCodec codec;
    private final Connection connection;
    private final Channel channel;

    public StoreEvents(EventCodec codec) throws Exception {
        this.codec = codec;
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri("amqp://guest:guest@127.0.0.1:5672/test");
        connection = factory.newConnection("order-tests");
        channel = connection.createChannel();
    }

    /** Publishes the events that make the catalog: the site and slot (deadline 12:00), the store (09:00-21:00), approval, menu. */
    public void publishCatalog(Catalog catalog, String orderDeadline, boolean approve) {
        publish("site.registered", catalog.siteId(), Map.of("siteId", catalog.siteId(), "name", "Engineering campus",
                "address", "1 University Rd"));
        publish("slot.registered", catalog.siteId(), Map.of("slotId", catalog.slotId(), "siteId", catalog.siteId(),
                "orderDeadline", orderDeadline, "pickupTime", "12:10:00", "arrivalTime", "12:30"));
        Map<String, Object> registered = new LinkedHashMap<>();
        registered.put("storeId", catalog.storeId());
        registered.put("ownerId", UUID.randomUUID());
        registered.put("name", "Campus Kimbap");
        registered.put("siteIds", List.of(catalog.siteId()));
        registered.put("capacityPerSlot", 20);
        registered.put("commissionType", "RATE");
        registered.put("commissionValue", 1000);
        registered.put("openTime", "09:00");
        registered.put("closeTime", "21:00:00");
        publish("store.registered", catalog.storeId(), registered);
        if (approve) {
            publish("store.approved", catalog.storeId(), Map.of("storeId", catalog.storeId(),
                    "ownerId", UUID.randomUUID(), "name", "Campus Kimbap"));
        }
        publish("menu.changed", catalog.storeId(), Map.of("storeId", catalog.storeId(), "products", List.of(
                Map.of("productId", catalog.bibimbap(), "name", "Bibimbap", "price", 8000, "soldOut", false,
                        "options", List.of(Map.of("name", "extra egg", "price", 500, "min", 0, "max", 2))),
                Map.of("productId", catalog.tea(), "name", "Barley tea", "price", 1500, "soldOut", false,
                        "options", List.of()),
                Map.of("productId", catalog.soldOutKimbap(), "name", "Tuna kimbap", "price", 4000, "soldOut", true,
                        "options", List.of()))));
    }

    public EventEnvelope publish(String type, UUID aggregateId, Map<String, Object> payload) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, 1, Instant.now(), aggregateId.toString(),
                "test-" + type, codec.toTree(payload));
        try {
            channel.basicPublish("store.events", type, new AMQP.BasicProperties.Builder()
                    .messageId(envelope.eventId().toString()).contentType("application/json").build(),
                    codec.encode(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return envelope;
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
