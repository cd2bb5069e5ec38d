-- The latest and first prices of a commodity among its observations whose ce_time is
-- effective_at, so that the prices can be answered as of an instant: as of T, the latest
-- is that of the latest day among the rows with effective_at <= T (of one day, the later
-- row), the baseline that of the earliest day (of one day, the earlier row).
create table supply_price_contributions (
    commodity             text         not null,
    effective_at          timestamptz  not null,
    unit                  text         not null,
    latest_price_yuan     numeric      not null,
    latest_observed_on    date         not null,
    baseline_price_yuan   numeric      not null,
    baseline_observed_on  date         not null,
    primary key (commodity, effective_at)
);

-- The prices already kept, from events whose times were not recorded: they count as in
-- effect at any instant until a rebuild replays the events with their times.
insert into supply_price_contributions (commodity, effective_at, unit, latest_price_yuan, latest_observed_on,
    baseline_price_yuan, baseline_observed_on)
select commodity, '-infinity', unit, latest_price_yuan, latest_observed_on, baseline_price_yuan, baseline_observed_on
from supply_prices;
