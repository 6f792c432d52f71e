package delivery.rider.adapters.out.persistence;

import delivery.rider.application.port.out.DeliveryRepository;
import delivery.rider.domain.Delivery;
import delivery.rider.domain.DeliveryStatus;
import delivery.rider.domain.Fault;
import delivery.rider.domain.MissingReport;
import delivery.rider.domain.Resolution;
import delivery.rider.domain.SiteSlot;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
class DeliveryPersistenceAdapter implements DeliveryRepository {

    private static final String COLUMNS = """
            id, order_id, store_id, site_id, slot_id, service_date, redelivery_of, rider_id, status, box_number,
            picked_up_at, completed_at, delay_reason, missing_fault, missing_resolution""";
    private static final String INSERT = "insert into delivery (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = """
            update delivery set rider_id = ?, status = ?, box_number = ?, picked_up_at = ?, completed_at = ?,
                   delay_reason = ?, missing_fault = ?, missing_resolution = ?
            where id = ?""";
    private static final String SELECT = "select " + COLUMNS + " from delivery ";

    private final Sql sql;

    DeliveryPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(Delivery delivery) {
        sql.update(INSERT, statement -> {
            statement.setObject(1, delivery.id());
            statement.setObject(2, delivery.orderId());
            statement.setObject(3, delivery.storeId());
            statement.setObject(4, delivery.siteId());
            statement.setObject(5, delivery.slotId());
            statement.setDate(6, Date.valueOf(delivery.serviceDate()));
            statement.setObject(7, delivery.redeliveryOf());
            bindState(statement, 8, delivery);
        });
    }

    @Override
    public void update(Delivery delivery) {
        sql.update(UPDATE, statement -> {
            bindState(statement, 1, delivery);
            statement.setObject(9, delivery.id());
        });
    }

    @Override
    public List<Delivery> findByOrderId(UUID orderId) {
        return sql.query(SELECT + "where order_id = ? order by id", s -> s.setObject(1, orderId), this::delivery);
    }

    @Override
    public List<Delivery> findByRiderId(UUID riderId) {
        return sql.query(SELECT + "where rider_id = ? order by id", s -> s.setObject(1, riderId), this::delivery);
    }

    @Override
    public List<Delivery> findByOrderIdAndRiderId(UUID orderId, UUID riderId) {
        return sql.query(SELECT + "where order_id = ? and rider_id = ? order by id", s -> {
            s.setObject(1, orderId);
            s.setObject(2, riderId);
        }, this::delivery);
    }

    @Override
    public boolean existsForOrder(UUID orderId) {
        return !sql.query("select 1 from delivery where order_id = ? limit 1", s -> s.setObject(1, orderId),
                row -> true).isEmpty();
    }

    @Override
    public Optional<Delivery> findById(UUID deliveryId) {
        return sql.query(SELECT + "where id = ?", s -> s.setObject(1, deliveryId), this::delivery).stream().findFirst();
    }

    @Override
    public Optional<Delivery> lockById(UUID deliveryId) {
        return sql.query(SELECT + "where id = ? for update", s -> s.setObject(1, deliveryId), this::delivery)
                .stream().findFirst();
    }

    @Override
    public List<Delivery> lockByOrderId(UUID orderId) {
        return sql.query(SELECT + "where order_id = ? order by id for update", s -> s.setObject(1, orderId),
                this::delivery);
    }

    @Override
    public List<Delivery> lockOfSlot(SiteSlot slot) {
        return sql.query(SELECT + "where site_id = ? and slot_id = ? and service_date = ? order by id for update",
                s -> bindSlot(s, 1, slot), this::delivery);
    }

    @Override
    public List<Delivery> lockWaitingAtSites(Collection<UUID> siteIds) {
        return sql.query(SELECT + """
                        where status = 'PLANNED' and site_id = any (?)
                        order by service_date, site_id, slot_id, id for update""",
                s -> s.setArray(1, s.getConnection().createArrayOf("uuid", siteIds.toArray())), this::delivery);
    }

    @Override
    public int nextBoxNumber(SiteSlot slot) {
        // one numbering per site-and-slot at a time: the lock lasts until the transaction ends
        sql.query("select pg_advisory_xact_lock(hashtextextended(? || '/' || ? || '/' || ?, 0))",
                s -> {
                    s.setString(1, slot.siteId().toString());
                    s.setString(2, slot.slotId().toString());
                    s.setString(3, slot.serviceDate().toString());
                }, row -> true);
        return sql.query("select coalesce(max(box_number), 0) + 1 from delivery where site_id = ? and slot_id = ? and service_date = ?",
                s -> bindSlot(s, 1, slot), row -> row.getInt(1)).get(0);
    }

    private static void bindSlot(PreparedStatement statement, int first, SiteSlot slot) throws SQLException {
        statement.setObject(first, slot.siteId());
        statement.setObject(first + 1, slot.slotId());
        statement.setDate(first + 2, Date.valueOf(slot.serviceDate()));
    }

    private static void bindState(PreparedStatement statement, int first, Delivery delivery) throws SQLException {
        statement.setObject(first, delivery.riderId());
        statement.setString(first + 1, delivery.status().name());
        statement.setObject(first + 2, delivery.boxNumber());
        statement.setTimestamp(first + 3, timestamp(delivery.pickedUpAt()));
        statement.setTimestamp(first + 4, timestamp(delivery.completedAt()));
        statement.setString(first + 5, delivery.delayReason());
        MissingReport report = delivery.missingReport();
        statement.setString(first + 6, report == null ? null : report.fault().name());
        statement.setString(first + 7, report == null ? null : report.resolution().name());
    }

    private Delivery delivery(ResultSet row) throws SQLException {
        String fault = row.getString("missing_fault");
        MissingReport report = fault == null ? null
                : new MissingReport(Fault.valueOf(fault), Resolution.valueOf(row.getString("missing_resolution")));
        return Delivery.restore(row.getObject("id", UUID.class), row.getObject("order_id", UUID.class),
                row.getObject("store_id", UUID.class),
                new SiteSlot(row.getObject("site_id", UUID.class), row.getObject("slot_id", UUID.class),
                        row.getDate("service_date").toLocalDate()),
                row.getObject("redelivery_of", UUID.class), row.getObject("rider_id", UUID.class),
                DeliveryStatus.valueOf(row.getString("status")), (Integer) row.getObject("box_number"),
                instant(row.getTimestamp("picked_up_at")), instant(row.getTimestamp("completed_at")),
                row.getString("delay_reason"), report);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
