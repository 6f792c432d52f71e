package delivery.store.domain;

public enum StoreStatus { PENDING_REVIEW, APPROVED, REJECTED }
