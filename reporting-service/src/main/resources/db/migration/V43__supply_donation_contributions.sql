-- What the donations of one kind whose ce_time is effective_at added to that kind's total,
-- so that the donations can be answered as of an instant: the totals as of T are the sums
-- of the rows with effective_at <= T; the sums of all rows are supply_donations.
create table supply_donation_contributions (
    kind          text         not null,
    effective_at  timestamptz  not null,
    total_yuan    numeric      not null,
    donations     bigint       not null,
    primary key (kind, effective_at)
);

-- The totals already kept, from events whose times were not recorded: they count as in
-- effect at any instant until a rebuild replays the events with their times.
insert into supply_donation_contributions (kind, effective_at, total_yuan, donations)
select kind, '-infinity', total_yuan, donations from supply_donations;
