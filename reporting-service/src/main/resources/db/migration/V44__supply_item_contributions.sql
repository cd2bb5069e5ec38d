-- What an item's events whose ce_time is effective_at told: the definition then (null
-- fields when none) and the quantities ordered, received and issued they added. The stock
-- as of T sums the quantities of the rows with effective_at <= T and takes the latest
-- definition among them; the sums of all rows are supply_items.
create table supply_item_contributions (
    sku                  text         not null,
    effective_at         timestamptz  not null,
    name                 text,
    unit                 text,
    low_stock_threshold  integer,
    ordered              bigint       not null default 0,
    received             bigint       not null default 0,
    issued               bigint       not null default 0,
    primary key (sku, effective_at)
);

-- The stock already kept, from events whose times were not recorded: it counts as in
-- effect at any instant until a rebuild replays the events with their times.
insert into supply_item_contributions (sku, effective_at, name, unit, low_stock_threshold, ordered, received, issued)
select sku, '-infinity', name, unit, low_stock_threshold, ordered, received, issued from supply_items;
