create table delivery_site (
    id      uuid primary key,
    name    text not null,
    address text not null
);

create table order_time_slot (
    id             uuid primary key,
    site_id        uuid not null references delivery_site (id),
    order_deadline time not null,
    pickup_time    time not null,
    arrival_time   time not null,
    check (order_deadline < pickup_time and pickup_time < arrival_time)
);
create index order_time_slot_site on order_time_slot (site_id);

create table store (
    id                uuid primary key,
    name              text    not null,
    owner_id          uuid    not null,
    open_time         time    not null,
    close_time        time    not null,
    capacity_per_slot integer not null check (capacity_per_slot > 0),
    commission_type   text    not null check (commission_type in ('RATE', 'FIXED')),
    commission_value  bigint  not null check (commission_value >= 0),
    status            text    not null check (status in ('PENDING_REVIEW', 'APPROVED', 'REJECTED')),
    rejection_reason  text
);

create table store_site (
    store_id uuid not null references store (id),
    site_id  uuid not null references delivery_site (id),
    primary key (store_id, site_id)
);
