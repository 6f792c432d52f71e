-- Durable sending: every notification is stored PENDING and due at once; the sender records
-- each attempt. Email notifications keep the address they were composed for.
alter table notification
    add column address         text,
    add column attempts        integer not null default 0,
    add column last_error      text,
    add column next_attempt_at timestamptz,
    add column sent_at         timestamptz,
    -- push: the notification's place in its recipient's stream (the SSE id), given when sent
    add column stream_seq      bigint;
update notification n set address = p.email_address
from recipient_preferences p where n.channel = 'EMAIL' and p.recipient_id = n.recipient_id;
update notification set next_attempt_at = created_at where status = 'PENDING';
create index notification_due on notification (next_attempt_at) where status = 'PENDING';
create unique index notification_stream on notification (recipient_id, stream_seq) where stream_seq is not null;

-- The last stream position per recipient; its row lock orders concurrent senders, so a
-- recipient's stream positions become visible in increasing order.
create table recipient_stream (
    recipient_id uuid primary key,
    last_seq     bigint not null
);

alter table recipient_preferences
    add column language text not null default 'ko' check (language in ('ko', 'en'));

-- What earlier events taught: who owns a store, whose an order is and who delivers it.
create table known_store (
    store_id uuid primary key,
    owner_id uuid not null,
    name     text not null
);
create table known_order (
    order_id    uuid primary key,
    customer_id uuid,
    store_id    uuid,
    rider_id    uuid
);
