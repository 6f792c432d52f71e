create table notification (
    id              uuid primary key,
    source_event_id uuid        not null,
    recipient_id    uuid        not null,
    channel         text        not null check (channel in ('EMAIL', 'PUSH')),
    type            text        not null,
    subject         text        not null,
    body            text        not null,
    status          text        not null check (status in ('PENDING', 'SENT', 'FAILED')),
    created_at      timestamptz not null,
    -- one notification per event, recipient and channel, however often the event arrives
    unique (source_event_id, recipient_id, channel)
);
create index notification_recipient on notification (recipient_id, created_at desc);

create table recipient_preferences (
    recipient_id  uuid primary key,
    email         boolean not null,
    email_address text,
    push          boolean not null
);
