-- Payments, refunds, captures, coupon redemptions, point entries per order and store settlement.
-- Exactly-once money is held by the constraints below, not only by the code that writes the rows:
-- one payment per order, one capture per payment, at most one full refund per order, refunds never
-- above what was taken, one coupon redemption per order, one point entry of each kind per order,
-- one settlement booking per order.

-- What billing knows of an order; its row is the lock every handler of the order takes first, so
-- order.placed, order.cancelled, delivery.* and deposits of one order run one after the other.
create table billing_order (
    order_id     uuid primary key,
    customer_id  uuid,
    store_id     uuid,
    total_amount bigint check (total_amount >= 0),
    placed_at    timestamptz,
    cancelled_at timestamptz
);

-- The order's lines as order.placed priced them: unit_amount = unitPrice + the options' unitPrice x quantity.
create table billing_order_line (
    order_id    uuid    not null references billing_order (order_id),
    line_no     integer not null,
    product_id  uuid    not null,
    quantity    integer not null check (quantity > 0),
    unit_amount bigint  not null check (unit_amount >= 0),
    primary key (order_id, line_no)
);

create table payment (
    id              uuid primary key,
    order_id        uuid        not null references billing_order (order_id),
    customer_id     uuid        not null,
    method          text        not null check (method in ('CARD', 'VIRTUAL_ACCOUNT')),
    amount          bigint      not null check (amount >= 0),
    status          text        not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'CAPTURED', 'REFUNDED')),
    refunded_amount bigint      not null default 0,
    reason          text,
    account_number  text,
    expires_at      timestamptz,
    created_at      timestamptz not null,
    constraint payment_one_per_order unique (order_id),
    constraint payment_refund_bounded check (refunded_amount between 0 and amount),
    constraint payment_pending_expires check (status <> 'PENDING' or expires_at is not null)
);
-- what the expiry sweeper claims
create index payment_pending_expiry on payment (expires_at) where status = 'PENDING';

-- one capture per payment, never more than what is left after refunds
create table payment_capture (
    payment_id  uuid primary key references payment (id),
    order_id    uuid        not null unique,
    amount      bigint      not null check (amount >= 0),
    captured_at timestamptz not null
);

create table refund (
    id          uuid primary key,
    payment_id  uuid        not null references payment (id),
    order_id    uuid        not null,
    amount      bigint      not null check (amount >= 0),
    full_refund boolean     not null,
    reason      text        not null,
    created_at  timestamptz not null
);
create unique index refund_one_full_per_order on refund (order_id) where full_refund;
create index refund_of_order on refund (order_id);

-- one coupon per order; a customer uses a coupon once unless the order gave it back
create table coupon_redemption (
    order_id    uuid primary key,
    coupon_id   uuid        not null references coupon (id),
    customer_id uuid        not null,
    discount    bigint      not null check (discount >= 0),
    redeemed_at timestamptz not null,
    restored_at timestamptz
);
create unique index coupon_redemption_once_per_customer on coupon_redemption (coupon_id, customer_id)
    where restored_at is null;

-- points spent, restored, earned and clawed back on an order: each at most once per order
alter table point_ledger add column kind text check (kind in ('SPEND', 'RESTORE', 'EARN', 'CLAWBACK'));
create unique index point_ledger_once_per_order on point_ledger (order_id, kind) where order_id is not null and kind is not null;

-- the commission terms of each store, copied from store.registered
create table store_terms (
    store_id         uuid primary key,
    commission_type  text   not null check (commission_type in ('RATE', 'FIXED')),
    commission_value bigint not null check (commission_value >= 0)
);

-- BOOKING: a delivered order (gross, commission), once per order; DEDUCTION: a store-fault omission
create table settlement_entry (
    id         uuid primary key,
    store_id   uuid        not null,
    order_id   uuid        not null,
    kind       text        not null check (kind in ('BOOKING', 'DEDUCTION')),
    gross      bigint      not null check (gross >= 0),
    commission bigint      not null check (commission >= 0),
    deduction  bigint      not null check (deduction >= 0),
    booked_at  timestamptz not null,
    check (kind = 'BOOKING' or (gross = 0 and commission = 0)),
    check (kind = 'DEDUCTION' or deduction = 0)
);
create unique index settlement_one_booking_per_order on settlement_entry (order_id) where kind = 'BOOKING';
create index settlement_of_store on settlement_entry (store_id, booked_at);
