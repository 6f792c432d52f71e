-- Events about an order whose customer is not known yet (its order.placed is still on the way
-- on another queue): kept here and handled again once an event names the order's customer.
create table deferred_notice (
    event_id    uuid primary key,
    order_id    uuid        not null,
    notice      jsonb       not null,
    deferred_at timestamptz not null default now()
);
create index deferred_notice_order on deferred_notice (order_id);
