create table rider (
    id        uuid primary key,
    name      text    not null,
    available boolean not null
);

-- The delivery sites a rider serves. Sites belong to the store service: referenced by id only.
create table rider_site (
    rider_id uuid not null references rider (id),
    site_id  uuid not null,
    primary key (rider_id, site_id)
);
create index rider_site_site on rider_site (site_id);

-- One order's trip to its site's shelves; filled by dispatch, read by GET /api/deliveries.
create table delivery (
    id       uuid primary key,
    order_id uuid not null,
    rider_id uuid references rider (id),
    site_id  uuid not null,
    slot_id  uuid not null,
    status   text not null
        check (status in ('PLANNED', 'ASSIGNED', 'PICKED_UP', 'DELAYED', 'COMPLETED', 'CANCELLED')),
    check (rider_id is not null or status in ('PLANNED', 'CANCELLED'))
);
create index delivery_order on delivery (order_id);
create index delivery_rider on delivery (rider_id);
