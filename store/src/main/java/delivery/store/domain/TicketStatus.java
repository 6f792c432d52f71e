package delivery.store.domain;

/**
 * WAITING for the owner → ACCEPTED → READY; or WAITING → REJECTED (by the owner, or because the
 * owner did not confirm in time); or WAITING → CANCELLED when the customer calls the order off.
 */
public enum TicketStatus { WAITING, ACCEPTED, READY, REJECTED, CANCELLED }
