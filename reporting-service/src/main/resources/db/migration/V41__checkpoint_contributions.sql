-- When each checkpoint was first registered (the ce_time of its first registration), so
-- that a summary as of an instant lists only the checkpoints known then. Checkpoints
-- registered before this column existed have no known time: they count as known at any
-- instant until a rebuild replays their registrations.
alter table checkpoints add column registered_at timestamptz not null default '-infinity';
alter table checkpoints alter column registered_at drop default;

-- What the reports of one checkpoint and day that took effect at one instant (their
-- ce_time) added to that day's totals: a first report's figures, a correction's
-- difference to the revision it replaced. Append-only but for reports of the same
-- checkpoint and day at the same instant, which share a row. The totals as of T are the
-- sum of the rows with effective_at <= T; the sum of all rows is checkpoint_days.
create table checkpoint_contributions (
    checkpoint_id             uuid        not null,
    day                       date        not null,
    effective_at              timestamptz not null,
    vehicles_inspected        bigint      not null default 0,
    vehicles_inbound          bigint      not null default 0,
    vehicles_turned_back      bigint      not null default 0,
    persons_checked           bigint      not null default 0,
    persons_inbound           bigint      not null default 0,
    persons_turned_back       bigint      not null default 0,
    trains                    bigint      not null default 0,
    train_passengers_arrived  bigint      not null default 0,
    fever_detected            bigint      not null default 0,
    primary key (checkpoint_id, day, effective_at)
);

-- A summary of every checkpoint over a range of days as of T reads the days' rows up to
-- T; one checkpoint's summary uses the primary key.
create index checkpoint_contributions_by_day on checkpoint_contributions (day, effective_at);

-- The totals already kept, from events whose times were not recorded: they count as in
-- effect at any instant until a rebuild replays the events with their times.
insert into checkpoint_contributions (checkpoint_id, day, effective_at, vehicles_inspected, vehicles_inbound,
    vehicles_turned_back, persons_checked, persons_inbound, persons_turned_back, trains, train_passengers_arrived,
    fever_detected)
select checkpoint_id, day, '-infinity', vehicles_inspected, vehicles_inbound, vehicles_turned_back, persons_checked,
    persons_inbound, persons_turned_back, trains, train_passengers_arrived, fever_detected
from checkpoint_days;
