package delivery.billing.adapters.in.scheduling;

import delivery.billing.application.port.in.ExpireVirtualAccountsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Rejects virtual accounts whose expiry passed. Expiry is a column, not a timer, so a restart loses
 * nothing; several instances sweep side by side as each claims rows with FOR UPDATE SKIP LOCKED.
 */
@Singleton
@Requires(property = "billing.virtual-account.sweeper.enabled", notEquals = "false")
class VirtualAccountExpirySweeper {

    private static final Logger LOG = LoggerFactory.getLogger(VirtualAccountExpirySweeper.class);

    private final ExpireVirtualAccountsUseCase expire;
    private final Clock clock;
    private final int batchSize;

    VirtualAccountExpirySweeper(ExpireVirtualAccountsUseCase expire, Clock clock,
                                @Value("${billing.virtual-account.sweeper.batch-size:50}") int batchSize) {
        this.expire = expire;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelay = "${billing.virtual-account.sweeper.interval:10s}",
            initialDelay = "${billing.virtual-account.sweeper.interval:10s}")
    void sweep() {
        try {
            int expired;
            do {
                expired = expire.expireDue(clock.instant(), batchSize);
                if (expired > 0) {
                    LOG.info("{} virtual accounts expired", expired);
                }
            } while (expired == batchSize);
        } catch (RuntimeException e) {
            LOG.warn("virtual account sweep failed, next one retries: {}", e.toString());
        }
    }
}
