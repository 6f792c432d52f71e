-- Dispatch: deliveries grouped by site, slot and service date; one rider per group.
-- Nothing wrote delivery rows before this version, so the new required columns need no backfill.
alter table delivery
    add column store_id           uuid not null,
    add column service_date       date not null,
    add column redelivery_of      uuid references delivery (id),
    add column box_number         integer check (box_number > 0),
    add column picked_up_at       timestamptz,
    add column completed_at       timestamptz,
    add column delay_reason       text,
    add column missing_fault      text check (missing_fault in ('RIDER', 'STORE')),
    add column missing_resolution text check (missing_resolution in ('REFUND', 'REDELIVERY')),
    add check (status <> 'COMPLETED' or box_number is not null),
    add check ((missing_fault is null) = (missing_resolution is null));

-- one delivery per accepted order (a redelivery is the only second one), even under concurrent consumers
create unique index delivery_one_per_order on delivery (order_id) where redelivery_of is null;
-- a box number names one order's box on the site's shelves for that slot and date
create unique index delivery_box on delivery (site_id, slot_id, service_date, box_number) where box_number is not null;
create index delivery_slot on delivery (site_id, slot_id, service_date);
create index delivery_waiting on delivery (site_id) where status = 'PLANNED';

-- The dispatch decision: which rider collects a site-and-slot. The key is the rule "one rider per site and slot".
create table slot_assignment (
    site_id      uuid        not null,
    slot_id      uuid        not null,
    service_date date        not null,
    rider_id     uuid        not null references rider (id),
    assigned_at  timestamptz not null,
    primary key (site_id, slot_id, service_date)
);
create index slot_assignment_rider on slot_assignment (rider_id);
