package delivery.store.application.port.in;

import delivery.store.domain.TicketLine;

import java.util.List;
import java.util.UUID;

public interface OpenTicketUseCase {

    record OpenTicketCommand(UUID orderId, UUID storeId, UUID siteId, UUID slotId, List<TicketLine> items,
                             String note, long totalAmount) {
    }

    /** Opens a waiting ticket for a confirmed order; a second call for the same order changes nothing. */
    void openTicket(OpenTicketCommand command);
}
