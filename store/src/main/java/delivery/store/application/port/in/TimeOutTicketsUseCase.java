package delivery.store.application.port.in;

public interface TimeOutTicketsUseCase {

    /**
     * Rejects waiting tickets past their due time, at most {@code limit} of them, skipping any
     * another instance is handling right now.
     *
     * @return how many were rejected
     */
    int rejectOverdue(int limit);
}
