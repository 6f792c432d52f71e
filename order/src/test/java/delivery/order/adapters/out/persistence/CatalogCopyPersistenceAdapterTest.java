package delivery.order.adapters.out.persistence;

import delivery.order.application.port.in.UpdateCatalogCopyUseCase;
import delivery.order.application.port.out.CatalogCopyRepository;
import delivery.order.domain.catalog.CatalogOption;
import delivery.order.domain.catalog.CatalogProduct;
import delivery.order.domain.catalog.CatalogStore;
import delivery.order.domain.catalog.CatalogStoreStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog copy against the real PostgreSQL: store events applied late, twice or out of order. */
@MicronautTest(transactional = false)
class CatalogCopyPersistenceAdapterTest {

    @Inject
    UpdateCatalogCopyUseCase updates;
    @Inject
    CatalogCopyRepository catalog;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aReviewIsNeverUndoneByARegistrationThatArrivesAfterIt() {
        UUID store = UUID.randomUUID();
        UUID site = UUID.randomUUID();

        updates.storeReviewed(store, "Campus Kimbap", CatalogStoreStatus.APPROVED);
        updates.storeRegistered(store, "Campus Kimbap", Set.of(site), LocalTime.of(9, 0), LocalTime.of(21, 0));
        updates.storeRegistered(store, "Campus Kimbap", Set.of(site), LocalTime.of(9, 0), LocalTime.of(21, 0));

        assertThat(store(store)).contains(new CatalogStore(store, "Campus Kimbap", CatalogStoreStatus.APPROVED,
                Set.of(site), LocalTime.of(9, 0), LocalTime.of(21, 0)));

        updates.storeReviewed(store, null, CatalogStoreStatus.REJECTED);
        assertThat(store(store)).hasValueSatisfying(copy -> {
            assertThat(copy.status()).isEqualTo(CatalogStoreStatus.REJECTED);
            assertThat(copy.name()).isEqualTo("Campus Kimbap");
        });
    }

    @Test
    void aMenuSnapshotReplacesTheWholeMenuUnlessTheCopyHoldsANewerOne() {
        UUID store = UUID.randomUUID();
        CatalogProduct bibimbap = new CatalogProduct(UUID.randomUUID(), store, "Bibimbap", 8000, false,
                List.of(new CatalogOption("extra egg", 500, 0, 2), new CatalogOption("rice size", 0, 1, 1)));
        CatalogProduct tea = new CatalogProduct(UUID.randomUUID(), store, "Barley tea", 1500, false, List.of());
        Instant noon = Instant.parse("2026-03-02T03:00:00Z");

        updates.menuChanged(store, noon, List.of(bibimbap, tea));
        CatalogProduct dearer = new CatalogProduct(bibimbap.productId(), store, "Bibimbap", 9000, true,
                List.of(new CatalogOption("extra egg", 600, 0, 1)));
        updates.menuChanged(store, noon.plusSeconds(60), List.of(dearer));
        // an older snapshot, delivered late, changes nothing
        updates.menuChanged(store, noon.minusSeconds(60), List.of(bibimbap, tea));

        assertThat(products(store, bibimbap.productId(), tea.productId()))
                .isEqualTo(Map.of(bibimbap.productId(), dearer));
    }

    private Optional<CatalogStore> store(UUID storeId) {
        return transactions.executeRead(status -> catalog.findStore(storeId));
    }

    private Map<UUID, CatalogProduct> products(UUID storeId, UUID... productIds) {
        return transactions.executeRead(status -> catalog.findProducts(storeId, List.of(productIds)));
    }
}
