-- Coupon codes are unique in upper case; the constraint, not a lookup before the insert,
-- decides between two concurrent creations of one code.
create table coupon (
    id         uuid primary key,
    code       text        not null check (code ~ '^[A-Z0-9_-]{3,40}$'),
    type       text        not null check (type in ('AMOUNT', 'PERCENT')),
    value      bigint      not null check (value > 0),
    expires_at timestamptz not null,
    created_at timestamptz not null,
    constraint coupon_code_unique unique (code),
    check (type <> 'PERCENT' or value <= 100)
);

-- Every earning and spending of points; a customer's balance is the sum of the deltas.
create table point_ledger (
    id          bigserial primary key,
    customer_id uuid        not null,
    delta       bigint      not null check (delta <> 0),
    reason      text        not null,
    order_id    uuid,
    created_at  timestamptz not null default now()
);
create index point_ledger_customer on point_ledger (customer_id);
