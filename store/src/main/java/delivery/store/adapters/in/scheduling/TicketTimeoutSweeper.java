package delivery.store.adapters.in.scheduling;

import delivery.store.application.port.in.TimeOutTicketsUseCase;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@code store.tickets.sweep-interval} (default 1s), rejects the waiting tickets past
 * their due time. The due time lives in the database, so nothing is lost when an instance stops,
 * and overdue rows are claimed with SKIP LOCKED, so instances sweep side by side.
 */
@Singleton
class TicketTimeoutSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(TicketTimeoutSweeper.class);

    private final TimeOutTicketsUseCase timeOutTickets;
    private final int batchSize;

    TicketTimeoutSweeper(TimeOutTicketsUseCase timeOutTickets,
                         @Value("${store.tickets.sweep-batch-size:100}") int batchSize) {
        this.timeOutTickets = timeOutTickets;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelay = "${store.tickets.sweep-interval:1s}", initialDelay = "${store.tickets.sweep-interval:1s}")
    void sweep() {
        try {
            int rejected;
            do {
                rejected = timeOutTickets.rejectOverdue(batchSize);
                if (rejected > 0) {
                    LOG.info("rejected {} ticket(s) the store did not confirm in time", rejected);
                }
            } while (rejected == batchSize);
        } catch (RuntimeException e) {
            LOG.warn("ticket timeout sweep failed, will retry: {}", e.toString());
        }
    }
}
