package delivery.store.application.port.in;

import delivery.store.domain.Ticket;
import delivery.store.domain.TicketStatus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface TicketQuery {

    /** The store's tickets, oldest first, all of them or those in the given status. */
    List<Ticket> tickets(UUID storeId, Optional<TicketStatus> status);
}
