package delivery.rider.adapters.out.persistence;

import delivery.rider.application.port.out.SlotAssignmentRepository;
import delivery.rider.domain.SiteSlot;
import delivery.rider.domain.SlotAssignment;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** slot_assignment: its primary key (site, slot, service date) is what keeps a site-and-slot to one rider. */
@Singleton
class SlotAssignmentPersistenceAdapter implements SlotAssignmentRepository {

    private static final String SELECT = "select site_id, slot_id, service_date, rider_id from slot_assignment ";
    private static final String BY_SLOT = "where site_id = ? and slot_id = ? and service_date = ?";

    private final Sql sql;

    SlotAssignmentPersistenceAdapter(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<SlotAssignment> lock(SiteSlot slot) {
        return sql.query(SELECT + BY_SLOT + " for update", s -> {
            s.setObject(1, slot.siteId());
            s.setObject(2, slot.slotId());
            s.setDate(3, Date.valueOf(slot.serviceDate()));
        }, SlotAssignmentPersistenceAdapter::assignment).stream().findFirst();
    }

    @Override
    public SlotAssignment insertIfAbsent(SlotAssignment assignment) {
        // a concurrent dispatch of the same site-and-slot waits here for the first one to commit, then inserts nothing
        sql.update("""
                insert into slot_assignment (site_id, slot_id, service_date, rider_id, assigned_at)
                values (?, ?, ?, ?, now()) on conflict (site_id, slot_id, service_date) do nothing""", s -> {
            s.setObject(1, assignment.slot().siteId());
            s.setObject(2, assignment.slot().slotId());
            s.setDate(3, Date.valueOf(assignment.slot().serviceDate()));
            s.setObject(4, assignment.riderId());
        });
        return lock(assignment.slot()).orElseThrow();
    }

    @Override
    public void update(SlotAssignment assignment) {
        sql.update("update slot_assignment set rider_id = ?, assigned_at = now() " + BY_SLOT, s -> {
            s.setObject(1, assignment.riderId());
            s.setObject(2, assignment.slot().siteId());
            s.setObject(3, assignment.slot().slotId());
            s.setDate(4, Date.valueOf(assignment.slot().serviceDate()));
        });
    }

    @Override
    public void delete(SiteSlot slot) {
        sql.update("delete from slot_assignment " + BY_SLOT, s -> {
            s.setObject(1, slot.siteId());
            s.setObject(2, slot.slotId());
            s.setDate(3, Date.valueOf(slot.serviceDate()));
        });
    }

    @Override
    public List<SlotAssignment> lockOfRider(UUID riderId) {
        return sql.query(SELECT + "where rider_id = ? order by service_date, site_id, slot_id for update",
                s -> s.setObject(1, riderId), SlotAssignmentPersistenceAdapter::assignment);
    }

    private static SlotAssignment assignment(ResultSet row) throws SQLException {
        return new SlotAssignment(new SiteSlot(row.getObject("site_id", UUID.class), row.getObject("slot_id", UUID.class),
                row.getDate("service_date").toLocalDate()), row.getObject("rider_id", UUID.class));
    }
}
