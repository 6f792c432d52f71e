package delivery.store.adapters.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import delivery.store.application.port.in.ProcessTicketUseCase;
import delivery.store.application.port.in.TicketQuery;
import delivery.store.domain.Ticket;
import delivery.store.domain.TicketLine;
import delivery.store.domain.TicketStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The owner's queue of tickets and the decisions on them. */
@Controller("/api/stores/{storeId}/tickets")
@ExecuteOn(TaskExecutors.BLOCKING)
class TicketController {

    private final TicketQuery query;
    private final ProcessTicketUseCase process;

    TicketController(TicketQuery query, ProcessTicketUseCase process) {
        this.query = query;
        this.process = process;
    }

    @Get
    List<TicketResponse> tickets(@PathVariable UUID storeId,
                                 @Nullable @QueryValue @Pattern(regexp = "WAITING|ACCEPTED|READY|REJECTED|CANCELLED",
                                         message = "must be WAITING, ACCEPTED, READY, REJECTED or CANCELLED") String status) {
        return query.tickets(storeId, Optional.ofNullable(status).map(TicketStatus::valueOf)).stream()
                .map(TicketResponse::of).toList();
    }

    @Post("/{orderId}/accept")
    TicketResponse accept(@PathVariable UUID storeId, @PathVariable UUID orderId) {
        return TicketResponse.of(process.accept(storeId, orderId));
    }

    @Post("/{orderId}/reject")
    TicketResponse reject(@PathVariable UUID storeId, @PathVariable UUID orderId,
                          @Body @Valid RejectTicketRequest request) {
        return TicketResponse.of(process.reject(storeId, orderId, request.reason()));
    }

    @Post("/{orderId}/ready")
    TicketResponse ready(@PathVariable UUID storeId, @PathVariable UUID orderId) {
        return TicketResponse.of(process.markReady(storeId, orderId));
    }

    @Serdeable
    record RejectTicketRequest(@NotBlank @Size(max = 500) String reason) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TicketResponse(UUID orderId, UUID storeId, UUID siteId, UUID slotId, String status, List<ItemResponse> items,
                          @Nullable String note, long totalAmount, LocalDate serviceDate, Instant createdAt,
                          Instant dueAt, @Nullable Instant acceptedAt, @Nullable String reason) {
        static TicketResponse of(Ticket ticket) {
            return new TicketResponse(ticket.orderId(), ticket.storeId(), ticket.siteId(), ticket.slotId(),
                    ticket.status().name(), ticket.items().stream().map(ItemResponse::of).toList(), ticket.note(),
                    ticket.totalAmount(), ticket.serviceDate(), ticket.createdAt(), ticket.dueAt(),
                    ticket.acceptedAt(), ticket.reason());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ItemResponse(UUID productId, String name, long unitPrice, int quantity, List<OptionResponse> options) {
        static ItemResponse of(TicketLine line) {
            return new ItemResponse(line.productId(), line.name(), line.unitPrice(), line.quantity(),
                    line.options().stream().map(option -> new OptionResponse(option.name(), option.unitPrice(),
                            option.quantity())).toList());
        }
    }

    @Serdeable
    record OptionResponse(String name, long unitPrice, int quantity) {
    }
}
