package delivery.notification.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static delivery.notification.domain.Recipient.Role.CUSTOMER;
import static delivery.notification.domain.Recipient.Role.OWNER;
import static delivery.notification.domain.Recipient.Role.RIDER;

/**
 * Who is told about which event. Each change is told once to each person concerned, by the
 * service that knows it first-hand: the customer hears about payment from billing, about the
 * store's decision from the store and about the delivery from the rider service; order events
 * only for what only the order knows (a new paid order for the owner, a customer's cancel).
 * The table with the reasons is in src/main/resources/templates/README.md.
 */
public final class Audience {

    private static final Map<String, Set<Recipient.Role>> TOLD = Map.ofEntries(
            Map.entry("store.registered", EnumSet.of(OWNER)),
            Map.entry("store.approved", EnumSet.of(OWNER)),
            Map.entry("store.rejected", EnumSet.of(OWNER)),
            Map.entry("order.confirmed", EnumSet.of(OWNER)),
            Map.entry("order.cancelled", EnumSet.of(CUSTOMER, OWNER)),
            Map.entry("payment.pending", EnumSet.of(CUSTOMER)),
            Map.entry("payment.approved", EnumSet.of(CUSTOMER)),
            Map.entry("payment.rejected", EnumSet.of(CUSTOMER)),
            Map.entry("payment.refunded", EnumSet.of(CUSTOMER)),
            Map.entry("ticket.accepted", EnumSet.of(CUSTOMER)),
            Map.entry("ticket.rejected", EnumSet.of(CUSTOMER, OWNER)),
            Map.entry("ticket.ready", EnumSet.of(RIDER)),
            Map.entry("delivery.waiting-for-rider", EnumSet.of(CUSTOMER)),
            Map.entry("delivery.assigned", EnumSet.of(CUSTOMER, RIDER)),
            Map.entry("delivery.unassigned", EnumSet.of(RIDER)),
            Map.entry("delivery.picked-up", EnumSet.of(CUSTOMER)),
            Map.entry("delivery.delayed", EnumSet.of(CUSTOMER)),
            Map.entry("delivery.completed", EnumSet.of(CUSTOMER)),
            Map.entry("delivery.missing-reported", EnumSet.of(CUSTOMER, OWNER)),
            Map.entry("delivery.cancelled", EnumSet.of(RIDER)));

    private Audience() {
    }

    /** Every event type anybody is told about, with everyone who may be told. */
    public static Map<String, Set<Recipient.Role>> table() {
        return TOLD;
    }

    /** @param facts what the event says; some rules depend on it (who cancelled, whose fault) */
    public static Set<Recipient.Role> of(String eventType, Map<String, String> facts) {
        Set<Recipient.Role> roles = EnumSet.noneOf(Recipient.Role.class);
        roles.addAll(TOLD.getOrDefault(eventType, Set.of()));
        switch (eventType) {
            // A store's cancel reached the customer as ticket.rejected already.
            case "order.cancelled" -> {
                if (!"CUSTOMER".equals(facts.get("cancelledBy"))) {
                    roles.clear();
                }
            }
            // The owner hears of missing items only when the store is at fault (it is deducted).
            case "delivery.missing-reported" -> {
                if (!"STORE".equals(facts.get("fault"))) {
                    roles.remove(OWNER);
                }
            }
            default -> { }
        }
        return roles;
    }
}
