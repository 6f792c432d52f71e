package delivery.order.domain.catalog;

/** Where a store stands in its onboarding, as its events told the order service. */
public enum CatalogStoreStatus { PENDING_REVIEW, APPROVED, REJECTED }
