-- Placement: what billing deducts, and the idempotency keys of placement requests.

alter table customer_order
    add column coupon_code text,
    add column points      bigint not null default 0 check (points >= 0);

-- One order per key; a concurrent insert of the same key waits for the first and then finds it.
-- The key is written before its order in the placing transaction, so the reference is checked at commit.
create table placement_idempotency_key (
    idempotency_key     text primary key,
    request_fingerprint text        not null,
    order_id            uuid        not null unique references customer_order (id) deferrable initially deferred,
    created_at          timestamptz not null default now()
);

-- The order service's copy of the store catalog, kept from store.events, for pricing orders
-- while the store service is unavailable. No foreign keys: events arrive in any order.

create table catalog_store (
    store_id   uuid primary key,
    name       text,
    status     text   not null check (status in ('PENDING_REVIEW', 'APPROVED', 'REJECTED')),
    site_ids   uuid[] not null default '{}',
    open_time  time,
    close_time time
);

-- When the menu snapshot the copy holds was taken; an older snapshot never replaces it.
create table catalog_menu (
    store_id uuid primary key,
    as_of    timestamptz not null
);

create table catalog_product (
    product_id uuid primary key,
    store_id   uuid    not null,
    position   integer not null,
    name       text    not null,
    price      bigint  not null,
    sold_out   boolean not null
);
create index catalog_product_store on catalog_product (store_id);

create table catalog_product_option (
    product_id   uuid    not null references catalog_product (product_id) on delete cascade,
    position     integer not null,
    name         text    not null,
    price        bigint  not null,
    min_quantity integer not null,
    max_quantity integer not null,
    primary key (product_id, position)
);

create table catalog_site (
    site_id uuid primary key,
    name    text,
    address text
);

create table catalog_slot (
    slot_id        uuid primary key,
    site_id        uuid not null,
    order_deadline time not null,
    pickup_time    time,
    arrival_time   time
);
