-- When each issue was found, rectified and announced overdue, and when each action was
-- taken (the events' ce_time), so that the ledger can be answered as of an instant: an
-- issue is on the ledger as of T once found by T, rectified as of T once rectified by T.
-- The facts already kept have no known time: they count as known at any instant until a
-- rebuild replays their events with their times.
alter table inspection_issues
    add column found_at      timestamptz,
    add column rectified_at  timestamptz,
    add column overdue_at    timestamptz;

update inspection_issues set
    found_at = case when found then '-infinity'::timestamptz end,
    rectified_at = case when rectified then '-infinity'::timestamptz end,
    overdue_at = case when overdue then '-infinity'::timestamptz end;

alter table inspection_actions add column taken_at timestamptz not null default '-infinity';
alter table inspection_actions alter column taken_at drop default;
