-- Supply-service's own database. Platform tables (outbox, client_ids) come from
-- db/platform with versions 0.x. ADR 0013.

-- The catalogue; the sku is the client's id for an item, and an item never changes.
create table items (
    sku                  text        primary key,
    name                 text        not null,
    unit                 text        not null,
    low_stock_threshold  integer     not null check (low_stock_threshold >= 0),
    defined_at           timestamptz not null default now()
);

-- What was ordered, and how much of it has been received against the order.
create table orders (
    order_id     uuid        primary key,
    sku          text        not null references items,
    quantity     integer     not null check (quantity > 0),
    supplier     text        not null,
    expected_on  date        not null,
    received     bigint      not null default 0 check (received >= 0),
    ordered_at   timestamptz not null default now()
);

-- One stock card per item and warehouse: what it holds now, how many lines it has, and
-- whether its being low was announced (StockLow) and not yet undone by stock at or above
-- the threshold. on_hand never goes below zero: an issue takes stock only with
-- "on_hand - q >= floor" in its update, and this check stands behind that.
create table stock (
    sku        text    not null references items,
    warehouse  text    not null,
    on_hand    bigint  not null check (on_hand >= 0),
    lines      integer not null check (lines >= 1),
    low        boolean not null default false,
    primary key (sku, warehouse)
);

-- The stock cards' lines, append-only: each receipt or issue with the balance it left.
create table stock_ledger (
    sku          text        not null,
    warehouse    text        not null,
    line         integer     not null,
    kind         text        not null check (kind in ('RECEIPT', 'ISSUE')),
    document_id  uuid        not null unique,
    quantity     integer     not null check (quantity > 0),
    balance      bigint      not null check (balance >= 0),
    source       text,
    order_id     uuid        references orders,
    recipient    text,
    priority     text,
    recorded_at  timestamptz not null default now(),
    primary key (sku, warehouse, line),
    foreign key (sku, warehouse) references stock,
    check ((kind = 'RECEIPT' and source is not null and recipient is null and priority is null)
        or (kind = 'ISSUE' and recipient is not null and priority is not null and source is null
            and order_id is null))
);

-- A line once written stays as it is: a correction is a new line, as on a paper card.
create function refuse_stock_ledger_change() returns trigger language plpgsql as $$
begin
    raise exception 'stock_ledger is append-only: % refused', tg_op;
end
$$;

create trigger stock_ledger_append_only before update or delete or truncate on stock_ledger
    for each statement execute function refuse_stock_ledger_change();

create table donations (
    donation_id  uuid          primary key,
    donor        text          not null,
    kind         text          not null,
    amount_yuan  numeric(18,4) not null check (amount_yuan > 0),
    received_at  timestamptz   not null default now()
);

-- Prices have no client id: one observation per market, commodity and day.
create table prices (
    market       text          not null,
    commodity    text          not null,
    observed_on  date          not null,
    unit         text          not null,
    price_yuan   numeric(18,4) not null check (price_yuan > 0),
    recorded_at  timestamptz   not null default now(),
    primary key (market, commodity, observed_on)
);
