-- Shipped by platform/messaging into every service's schema.

-- Events written in the same transaction as the state change, published by the relay.
create table outbox_event (
    id             bigserial primary key,
    event_id       uuid        not null unique,
    exchange       text        not null,
    routing_key    text        not null,
    body           jsonb       not null,
    correlation_id text        not null,
    traceparent    text,
    created_at     timestamptz not null,
    published_at   timestamptz,
    attempts       integer     not null default 0,
    last_error     text
);
create index outbox_event_pending on outbox_event (id) where published_at is null;

-- Events a consumer has handled, recorded in the same transaction as the handling's effect.
create table inbox_event (
    consumer   text        not null,
    event_id   uuid        not null,
    event_type text        not null,
    handled_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
