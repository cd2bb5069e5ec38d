-- The checkpoints as registered: name and region, for the summary's filters and labels.
create table checkpoints (
    checkpoint_id  uuid primary key,
    name           text not null,
    region         text not null,
    kind           text not null
);

create index checkpoints_by_region on checkpoints (region);

-- The totals of one checkpoint for one day (in the platform's time zone) of its reports'
-- periodStart: the sum of every report's latest revision, kept by adding each event's
-- delta (counts - previousCounts). No foreign key: counts may arrive for a checkpoint whose
-- registration this view has not seen.
create table checkpoint_days (
    checkpoint_id             uuid   not null,
    day                       date   not null,
    vehicles_inspected        bigint not null default 0,
    vehicles_inbound          bigint not null default 0,
    vehicles_turned_back      bigint not null default 0,
    persons_checked           bigint not null default 0,
    persons_inbound           bigint not null default 0,
    persons_turned_back       bigint not null default 0,
    trains                    bigint not null default 0,
    train_passengers_arrived  bigint not null default 0,
    fever_detected            bigint not null default 0,
    primary key (checkpoint_id, day)
);

create index checkpoint_days_by_day on checkpoint_days (day);
