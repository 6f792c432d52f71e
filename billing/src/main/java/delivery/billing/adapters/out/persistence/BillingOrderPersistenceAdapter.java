package delivery.billing.adapters.out.persistence;

import delivery.billing.application.port.out.BillingOrderRepository;
import delivery.billing.domain.BillingOrder;
import delivery.billing.domain.OrderLine;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Singleton
class BillingOrderPersistenceAdapter implements BillingOrderRepository {

    private final Sql sql;

    BillingOrderPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public BillingOrder lock(UUID orderId) {
        // waits for a concurrent transaction inserting the same order, then finds its row
        sql.update("insert into billing_order (order_id) values (?) on conflict (order_id) do nothing", orderId);
        BillingOrder order = sql.one("select * from billing_order where order_id = ? for update", row -> new BillingOrder(
                orderId, Sql.uuid(row, "customer_id"), Sql.uuid(row, "store_id"), row.getLong("total_amount"),
                List.of(), row.getTimestamp("placed_at") != null, row.getTimestamp("cancelled_at") != null), orderId)
                .orElseThrow();
        List<OrderLine> lines = sql.list(
                "select product_id, quantity, unit_amount from billing_order_line where order_id = ? order by line_no",
                row -> new OrderLine(Sql.uuid(row, "product_id"), row.getInt("quantity"), row.getLong("unit_amount")),
                orderId);
        return new BillingOrder(order.orderId(), order.customerId(), order.storeId(), order.totalAmount(), lines,
                order.placed(), order.cancelled());
    }

    @Override
    public void recordPlaced(UUID orderId, UUID customerId, UUID storeId, long totalAmount, List<OrderLine> lines,
                             Instant placedAt) {
        sql.update("""
                update billing_order set customer_id = ?, store_id = ?, total_amount = ?, placed_at = ?
                where order_id = ?""", customerId, storeId, totalAmount, placedAt == null ? Instant.now() : placedAt,
                orderId);
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            sql.update("""
                    insert into billing_order_line (order_id, line_no, product_id, quantity, unit_amount)
                    values (?, ?, ?, ?, ?)""", orderId, i, line.productId(), line.quantity(), line.unitAmount());
        }
    }

    @Override
    public void recordCancelled(UUID orderId, Instant cancelledAt) {
        sql.update("update billing_order set cancelled_at = ? where order_id = ?", cancelledAt, orderId);
    }
}
