package delivery.store.application.service;

import delivery.store.application.port.in.TimeOutTicketsUseCase;
import delivery.store.application.port.out.StoreEventPublisher;
import delivery.store.application.port.out.TicketRepository;
import delivery.store.domain.Ticket;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;

/**
 * Rejects tickets the owner did not confirm in time. The due time is stored with the ticket, so
 * whichever instance sweeps next, after any restart, finds the overdue ones.
 */
@Singleton
public class TicketTimeoutService implements TimeOutTicketsUseCase {

    private final TicketRepository tickets;
    private final StoreEventPublisher events;
    private final StoreTime time;

    public TicketTimeoutService(TicketRepository tickets, StoreEventPublisher events, StoreTime time) {
        this.tickets = tickets;
        this.events = events;
        this.time = time;
    }

    @Override
    @Transactional
    public int rejectOverdue(int limit) {
        Instant now = time.now();
        List<Ticket> overdue = tickets.lockOverdue(now, limit);
        for (Ticket ticket : overdue) {
            events.ticketRejected(ticket.timeOut(now));
            tickets.update(ticket);
        }
        return overdue.size();
    }
}
