-- Checkpoint-service's own database. Platform tables (outbox, client_ids) come from
-- db/platform with versions 0.x.

create table checkpoints (
    checkpoint_id  uuid        primary key,
    name           text        not null,
    region         text        not null,
    kind           text        not null,
    registered_at  timestamptz not null default now()
);

-- Every revision of every report stays on file; the latest revision of a period counts.
create table count_reports (
    report_id                 uuid        primary key,
    checkpoint_id             uuid        not null references checkpoints,
    period_start              timestamptz not null,
    period_end                timestamptz not null,
    revision                  integer     not null check (revision >= 1),
    vehicles_inspected        integer     not null,
    vehicles_inbound          integer     not null,
    vehicles_turned_back      integer     not null,
    persons_checked           integer     not null,
    persons_inbound           integer     not null,
    persons_turned_back       integer     not null,
    trains                    integer     not null,
    train_passengers_arrived  integer     not null,
    fever_detected            integer     not null,
    filed_at                  timestamptz not null default now(),
    check (period_end > period_start),
    unique (checkpoint_id, period_start, period_end, revision)
);

create index count_reports_by_period on count_reports (checkpoint_id, period_start, period_end);

create table turnbacks (
    record_id      uuid        primary key,
    checkpoint_id  uuid        not null references checkpoints,
    at             timestamptz not null,
    plate          text        not null,
    origin_region  text        not null,
    occupants      integer     not null,
    reason         text
);

create table fevers (
    record_id            uuid         primary key,
    checkpoint_id        uuid         not null references checkpoints,
    at                   timestamptz  not null,
    temperature_celsius  numeric(3,1) not null,
    referred_to          text         not null
);
