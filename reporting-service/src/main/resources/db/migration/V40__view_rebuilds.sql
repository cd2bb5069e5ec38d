-- Every rebuild of the views and how far it came, so that any instance answers for a
-- rebuild another one runs. At most one runs at a time, across instances: starting one is
-- inserting its row, which the unique index below refuses while another is RUNNING. The
-- running rebuild moves heartbeat_at on as it goes; one whose heartbeat stopped (its
-- instance died) is marked FAILED by the next start or status read, so it cannot block
-- rebuilds for ever.
create table view_rebuilds (
    rebuild_id      uuid        primary key,
    state           text        not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    events_applied  bigint      not null default 0,
    events_total    bigint      not null default 0,
    started_at      timestamptz not null default now(),
    heartbeat_at    timestamptz not null default now(),
    finished_at     timestamptz,
    failure         text
);

create unique index view_rebuilds_one_running on view_rebuilds (state) where state = 'RUNNING';

-- The stream's rebuild announcements, found without scanning the held changes: a client
-- resuming from before the newest one gets a fresh snapshot.
create index view_changes_rebuilt on view_changes (id) where view = '*rebuilt';
