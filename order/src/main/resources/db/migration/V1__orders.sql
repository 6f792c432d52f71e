-- The order aggregate: the order, its lines with their options, and its timeline.

create table customer_order (
    id             uuid primary key,
    customer_id    uuid        not null,
    store_id       uuid        not null,
    site_id        uuid        not null,
    slot_id        uuid        not null,
    note           text,
    payment_method text        not null check (payment_method in ('CARD', 'VIRTUAL_ACCOUNT')),
    total_amount   bigint      not null check (total_amount >= 0),
    status         text        not null check (status in ('PAYMENT_PENDING', 'PAYMENT_FAILED', 'ORDER_WAITING',
                                   'ACCEPTED', 'DELIVERY_WAITING', 'PICKED_UP', 'DELAYED', 'DELIVERED',
                                   'CANCELLED', 'REFUNDED')),
    rider_id       uuid,
    box_number     text,
    cancelled_by   text check (cancelled_by in ('CUSTOMER', 'STORE')),
    placed_at      timestamptz not null,
    version        bigint      not null
);
-- A customer's history, newest first.
create index customer_order_history on customer_order (customer_id, placed_at desc, id desc);

create table order_line (
    id         bigserial primary key,
    order_id   uuid    not null references customer_order (id),
    line_no    integer not null,
    product_id uuid    not null,
    name       text    not null,
    unit_price bigint  not null check (unit_price >= 0),
    quantity   integer not null check (quantity >= 1),
    unique (order_id, line_no)
);

create table order_line_option (
    id         bigserial primary key,
    line_id    bigint  not null references order_line (id),
    option_no  integer not null,
    name       text    not null,
    unit_price bigint  not null check (unit_price >= 0),
    quantity   integer not null check (quantity >= 1),
    unique (line_id, option_no)
);

create table order_timeline_entry (
    id          bigserial primary key,
    order_id    uuid        not null references customer_order (id),
    seq         integer     not null,
    status      text        not null,
    occurred_at timestamptz not null,
    reason      text,
    unique (order_id, seq)
);
