package delivery.billing.application.port.out;

import delivery.billing.domain.Commission;

import java.util.Optional;
import java.util.UUID;

public interface StoreTermsRepository {

    void save(UUID storeId, Commission commission);

    Optional<Commission> termsOf(UUID storeId);
}
