-- Products and their options: the menu, in the order products were added.
create table product (
    id         uuid primary key,
    store_id   uuid    not null references store (id),
    menu_order bigserial,
    name       text    not null,
    price      bigint  not null check (price >= 0),
    sold_out   boolean not null
);
create index product_menu on product (store_id, menu_order);

create table product_option (
    product_id   uuid    not null references product (id),
    option_no    integer not null,
    name         text    not null,
    price        bigint  not null check (price >= 0),
    min_quantity integer not null check (min_quantity >= 0),
    max_quantity integer not null,
    primary key (product_id, option_no),
    unique (product_id, name),
    check (min_quantity <= max_quantity)
);

-- The store's view of a confirmed order. No foreign keys: a ticket records what the order
-- service confirmed, and must exist (and time out) even for ids this service cannot resolve.
create table ticket (
    order_id     uuid primary key,
    store_id     uuid        not null,
    site_id      uuid        not null,
    slot_id      uuid        not null,
    items        jsonb       not null,
    note         text,
    total_amount bigint      not null check (total_amount >= 0),
    service_date date        not null,
    status       text        not null check (status in ('WAITING', 'ACCEPTED', 'READY', 'REJECTED', 'CANCELLED')),
    reason       text,
    created_at   timestamptz not null,
    due_at       timestamptz not null,
    accepted_at  timestamptz
);
create index ticket_store on ticket (store_id, created_at, order_id);
-- what the timeout sweeper scans
create index ticket_waiting_due on ticket (due_at) where status = 'WAITING';

-- Accepted orders per store, slot and day: the row is the unit of locking, the check the guarantee.
create table slot_capacity (
    store_id     uuid    not null references store (id),
    slot_id      uuid    not null,
    service_date date    not null,
    capacity     integer not null check (capacity > 0),
    reserved     integer not null check (reserved >= 0),
    primary key (store_id, slot_id, service_date),
    check (reserved <= capacity)
);
