package delivery.order.adapters.out.persistence;

import delivery.order.application.port.out.ConcurrentOrderUpdateException;
import delivery.order.application.port.out.OrderPage;
import delivery.order.application.port.out.OrderRepository;
import delivery.order.domain.CancelledBy;
import delivery.order.domain.Order;
import delivery.order.domain.OrderLine;
import delivery.order.domain.OrderLineOption;
import delivery.order.domain.OrderPayment;
import delivery.order.domain.OrderStatus;
import delivery.order.domain.PaymentMethod;
import delivery.order.domain.TimelineEntry;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps orders in four tables. Lines never change after placement, and timeline entries are only
 * ever added, so an update writes the order row (guarded by its version) and the new entries.
 */
@Singleton
class OrderPersistenceAdapter implements OrderRepository {

    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("placedAt"), Sort.Order.desc("id"));

    private final JdbcRepositories.OrderRows orders;
    private final JdbcRepositories.OrderLineRows lines;
    private final JdbcRepositories.OrderLineOptionRows options;
    private final JdbcRepositories.TimelineEntryRows timeline;
    private final Clock clock;

    OrderPersistenceAdapter(JdbcRepositories.OrderRows orders, JdbcRepositories.OrderLineRows lines,
                            JdbcRepositories.OrderLineOptionRows options, JdbcRepositories.TimelineEntryRows timeline,
                            Clock clock) {
        this.orders = orders;
        this.lines = lines;
        this.options = options;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public void insert(Order order) {
        orders.save(row(order));
        int lineNo = 0;
        for (OrderLine line : order.lines()) {
            OrderLineRow saved = lines.save(new OrderLineRow(null, order.id(), lineNo++, line.productId(), line.name(),
                    line.unitPrice(), line.quantity()));
            List<OrderLineOptionRow> optionRows = new ArrayList<>();
            for (OrderLineOption option : line.options()) {
                optionRows.add(new OrderLineOptionRow(null, saved.id(), optionRows.size(), option.name(),
                        option.unitPrice(), option.quantity()));
            }
            options.saveAll(optionRows);
        }
        saveTimelineFrom(order, 0);
    }

    @Override
    public void update(Order order) {
        try {
            orders.update(row(order));
        } catch (OptimisticLockException e) {
            throw new ConcurrentOrderUpdateException(order.id(), order.version());
        }
        // the version check above holds the row lock, so no one else is adding entries now
        saveTimelineFrom(order, Math.toIntExact(timeline.countByOrderId(order.id())));
    }

    @Override
    public Optional<Order> findById(UUID orderId) {
        return orders.findById(orderId).map(row -> restore(List.of(row)).get(0));
    }

    @Override
    public OrderPage findByCustomer(UUID customerId, int page, int size) {
        Page<OrderRow> rows = orders.findByCustomerId(customerId, Pageable.from(page, size, NEWEST_FIRST));
        return new OrderPage(restore(rows.getContent()), page, size, rows.getTotalSize());
    }

    private void saveTimelineFrom(Order order, int stored) {
        List<TimelineEntry> entries = order.timeline();
        List<TimelineEntryRow> added = new ArrayList<>();
        for (int seq = stored; seq < entries.size(); seq++) {
            TimelineEntry entry = entries.get(seq);
            added.add(new TimelineEntryRow(null, order.id(), seq, entry.status().name(), entry.at(), entry.reason()));
        }
        timeline.saveAll(added);
    }

    /** Restores the given orders in their order, reading lines, options and timelines in one query each. */
    private List<Order> restore(List<OrderRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(OrderRow::id).toList();
        List<OrderLineRow> lineRows = lines.findByOrderIdInOrderByLineNo(ids);
        Map<Long, List<OrderLineOption>> optionsByLine = lineRows.isEmpty() ? Map.of()
                : options.findByLineIdInOrderByOptionNo(lineRows.stream().map(OrderLineRow::id).toList()).stream()
                .collect(Collectors.groupingBy(OrderLineOptionRow::lineId, Collectors.mapping(
                        option -> new OrderLineOption(option.name(), option.unitPrice(), option.quantity()),
                        Collectors.toList())));
        Map<UUID, List<OrderLine>> linesByOrder = lineRows.stream().collect(Collectors.groupingBy(
                OrderLineRow::orderId, Collectors.mapping(line -> new OrderLine(line.productId(), line.name(),
                        line.unitPrice(), line.quantity(), optionsByLine.getOrDefault(line.id(), List.of())),
                        Collectors.toList())));
        Map<UUID, List<TimelineEntry>> timelineByOrder = timeline.findByOrderIdInOrderBySeq(ids).stream()
                .collect(Collectors.groupingBy(TimelineEntryRow::orderId, Collectors.mapping(entry ->
                        new TimelineEntry(OrderStatus.valueOf(entry.status()), entry.occurredAt(), entry.reason()),
                        Collectors.toList())));
        return rows.stream().map(row -> Order.restore(clock, row.id(), row.customerId(), row.storeId(), row.siteId(),
                row.slotId(), linesByOrder.getOrDefault(row.id(), List.of()), row.note(),
                new OrderPayment(PaymentMethod.valueOf(row.paymentMethod()), null, row.couponCode(), row.points()),
                OrderStatus.valueOf(row.status()), row.riderId(),
                row.boxNumber(), row.cancelledBy() == null ? null : CancelledBy.valueOf(row.cancelledBy()),
                timelineByOrder.getOrDefault(row.id(), List.of()), row.version())).toList();
    }

    private static OrderRow row(Order order) {
        return new OrderRow(order.id(), order.customerId(), order.storeId(), order.siteId(), order.slotId(),
                order.note(), order.paymentMethod().name(), order.payment().couponCode(), order.payment().points(),
                order.totalAmount(), order.status().name(),
                order.riderId(), order.boxNumber(), order.cancelledBy() == null ? null : order.cancelledBy().name(),
                order.placedAt(), order.version());
    }
}
