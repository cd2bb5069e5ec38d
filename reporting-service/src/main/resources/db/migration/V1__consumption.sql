-- Where each partition of each consumed topic has been read to. A position is written in
-- the same transaction as the view changes of the records before it, so a view never
-- holds a record's effect without its position, nor the position without the effect.
create table consumed_positions (
    topic        text        not null,
    partition    integer     not null,
    next_offset  bigint      not null check (next_offset >= 0),
    updated_at   timestamptz not null default now(),
    primary key (topic, partition)
);

-- Every event (ce_id) that changed a view. An event sent twice by the outbox relay lands
-- at a new offset with the same ce_id; offsets cannot tell, this table can.
create table applied_events (
    event_id    uuid        primary key,
    applied_at  timestamptz not null default now()
);
