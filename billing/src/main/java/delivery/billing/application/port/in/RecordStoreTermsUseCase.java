package delivery.billing.application.port.in;

import delivery.billing.domain.Commission;

import java.util.UUID;

/** store.registered: the store's commission terms, used for every settlement booked afterwards. */
public interface RecordStoreTermsUseCase {

    void recordTerms(UUID storeId, Commission commission);
}
