package delivery.store.application.port.in;

import delivery.store.domain.Ticket;

import java.util.UUID;

/** What the owner does with a ticket of their store. */
public interface ProcessTicketUseCase {

    /** Accepts the order and reserves one unit of the slot's capacity for its day. */
    Ticket accept(UUID storeId, UUID orderId);

    Ticket reject(UUID storeId, UUID orderId, String reason);

    Ticket markReady(UUID storeId, UUID orderId);
}
