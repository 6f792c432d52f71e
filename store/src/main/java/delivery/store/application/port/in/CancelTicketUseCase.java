package delivery.store.application.port.in;

import java.util.UUID;

public interface CancelTicketUseCase {

    /** The order was called off: its ticket is dropped if it still waits; an unknown order changes nothing. */
    void orderCancelled(UUID orderId);
}
