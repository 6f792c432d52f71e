package delivery.store.application.service;

import delivery.store.application.port.in.CancelTicketUseCase;
import delivery.store.application.port.in.OpenTicketUseCase;
import delivery.store.application.port.in.ProcessTicketUseCase;
import delivery.store.application.port.in.TicketQuery;
import delivery.store.application.port.in.UnknownIdException;
import delivery.store.application.port.out.SlotCapacityRepository;
import delivery.store.application.port.out.StoreEventPublisher;
import delivery.store.application.port.out.StoreRepository;
import delivery.store.application.port.out.TicketRepository;
import delivery.store.domain.Store;
import delivery.store.domain.Ticket;
import delivery.store.domain.TicketAccepted;
import delivery.store.domain.TicketStatus;
import delivery.store.domain.UnavailableException;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tickets from the moment an order is confirmed until the owner has decided and prepared it. */
@Singleton
public class TicketService implements OpenTicketUseCase, CancelTicketUseCase, ProcessTicketUseCase, TicketQuery {

    private static final Logger LOG = LoggerFactory.getLogger(TicketService.class);

    private final TicketRepository tickets;
    private final StoreRepository stores;
    private final SlotCapacityRepository capacity;
    private final StoreEventPublisher events;
    private final StoreTime time;
    private final Duration confirmTimeout;

    public TicketService(TicketRepository tickets, StoreRepository stores, SlotCapacityRepository capacity,
                         StoreEventPublisher events, StoreTime time,
                         @Value("${store.tickets.confirm-timeout:5m}") Duration confirmTimeout) {
        this.tickets = tickets;
        this.stores = stores;
        this.capacity = capacity;
        this.events = events;
        this.time = time;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    @Transactional
    public void openTicket(OpenTicketCommand command) {
        Instant now = time.now();
        Ticket ticket = Ticket.open(command.orderId(), command.storeId(), command.siteId(), command.slotId(),
                command.items(), command.note(), command.totalAmount(), time.dateOf(now), now, confirmTimeout);
        if (!tickets.insertIfAbsent(ticket)) {
            LOG.info("order {} already has a ticket, keeping it", command.orderId());
        }
    }

    @Override
    @Transactional
    public void orderCancelled(UUID orderId) {
        tickets.lockById(orderId).ifPresent(ticket -> {
            if (ticket.orderCancelled()) {
                tickets.update(ticket);
            }
        });
    }

    @Override
    @Transactional
    public Ticket accept(UUID storeId, UUID orderId) {
        Ticket ticket = lock(storeId, orderId);
        Store store = stores.findById(storeId).orElseThrow(() -> new UnknownIdException("storeId", "store", storeId));
        TicketAccepted accepted = ticket.accept(time.now());
        if (!capacity.reserveOne(storeId, ticket.slotId(), ticket.serviceDate(), store.capacityPerSlot())) {
            throw new UnavailableException("slotId", "slot " + ticket.slotId() + " is full on " + ticket.serviceDate()
                    + ": all " + store.capacityPerSlot() + " orders of its capacity are accepted");
        }
        tickets.update(ticket);
        events.ticketAccepted(accepted);
        return ticket;
    }

    @Override
    @Transactional
    public Ticket reject(UUID storeId, UUID orderId, String reason) {
        Ticket ticket = lock(storeId, orderId);
        events.ticketRejected(ticket.reject(reason, time.now()));
        tickets.update(ticket);
        return ticket;
    }

    @Override
    @Transactional
    public Ticket markReady(UUID storeId, UUID orderId) {
        Ticket ticket = lock(storeId, orderId);
        events.ticketReady(ticket.markReady());
        tickets.update(ticket);
        return ticket;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ticket> tickets(UUID storeId, Optional<TicketStatus> status) {
        if (stores.findById(storeId).isEmpty()) {
            throw new UnknownIdException("storeId", "store", storeId);
        }
        return tickets.findByStore(storeId, status);
    }

    private Ticket lock(UUID storeId, UUID orderId) {
        return tickets.lockById(orderId)
                .filter(ticket -> ticket.storeId().equals(storeId))
                .orElseThrow(() -> new UnknownIdException("orderId", "ticket of store " + storeId + " for order", orderId));
    }
}
