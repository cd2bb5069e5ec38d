-- The daily bulletin's supplies, each on its business day (orderedOn, receivedOn,
-- issuedOn; DonationReceived.receivedOn; PriceObserved.observedOn), or the day of the
-- event's ce_time for events written before the day was carried. Sums add up whatever the
-- batches' boundaries. Views kept before these tables existed are not in them: a rebuild
-- fills them from the log.

-- Quantities of an item that moved on a day, summed over every warehouse.
create table bulletin_supply_days (
    sku       text    not null,
    day       date    not null,
    ordered   bigint  not null default 0,
    received  bigint  not null default 0,
    issued    bigint  not null default 0,
    primary key (sku, day)
);

create index bulletin_supply_days_by_day on bulletin_supply_days (day);

-- The exact sum and number of the donations of a kind received on a day.
create table bulletin_donation_days (
    kind        text     not null,
    day         date     not null,
    total_yuan  numeric  not null,
    donations   bigint   not null,
    primary key (kind, day)
);

-- A commodity's prices observed on a day over every market: the first told (a baseline
-- takes it) and the latest told (the day's price), with the latest's unit.
create table bulletin_price_days (
    commodity          text     not null,
    observed_on        date     not null,
    unit               text     not null,
    first_price_yuan   numeric  not null,
    latest_price_yuan  numeric  not null,
    primary key (commodity, observed_on)
);
