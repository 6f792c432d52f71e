-- A stand-in for a consumer's state change, so tests can count effects.
create table test_effect (
    id       bigserial primary key,
    event_id uuid not null,
    note     text not null
);
