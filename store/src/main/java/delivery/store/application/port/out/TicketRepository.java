package delivery.store.application.port.out;

import delivery.store.domain.Ticket;
import delivery.store.domain.TicketStatus;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface TicketRepository {

    /** @return false when the order already has a ticket (which stays as it is) */
    boolean insertIfAbsent(Ticket ticket);

    void update(Ticket ticket);

    /** Loads the ticket locked for update until the transaction ends. */
    Optional<Ticket> lockById(UUID orderId);

    List<Ticket> findByStore(UUID storeId, Optional<TicketStatus> status);

    /**
     * Waiting tickets due at or before {@code now}, locked for update; tickets another
     * transaction holds are skipped, so several instances can sweep side by side.
     */
    List<Ticket> lockOverdue(Instant now, int limit);
}
