-- One row per item (sku), summed over every warehouse: its definition (null until
-- ItemDefined was seen) and the quantities ordered, received and issued, kept by adding
-- each batch's sums. On hand and low stock follow from them (see ItemStock).
create table supply_items (
    sku                  text     primary key,
    name                 text,
    unit                 text,
    low_stock_threshold  integer,
    ordered              bigint   not null default 0,
    received             bigint   not null default 0,
    issued               bigint   not null default 0
);

-- The exact sum of the donations of each kind (CASH, MEDICAL, OTHER), in yuan. NUMERIC
-- without a scale: sums are exact at any scale the amounts have.
create table supply_donations (
    kind        text     primary key,
    total_yuan  numeric  not null,
    donations   bigint   not null
);

-- Each commodity's latest observed price (latest day; of one day, the later arrival) and
-- its baseline (earliest day; of one day, the first arrival), over every market.
create table supply_prices (
    commodity             text     primary key,
    unit                  text     not null,
    latest_price_yuan     numeric  not null,
    latest_observed_on    date     not null,
    baseline_price_yuan   numeric  not null,
    baseline_observed_on  date     not null
);
