-- Every applied change of a view, as the live stream sends it (data is the event's JSON).
-- Inserted in the transaction that changes the view; a NOTIFY in the same transaction
-- wakes every instance at commit, and each reads the rows after the last id it sent.
-- Pruned by age and count; a client resuming from a pruned id gets a fresh snapshot.
create table view_changes (
    id          bigserial   primary key,
    view        text        not null,
    data        text        not null,
    created_at  timestamptz not null default now()
);

create index view_changes_by_age on view_changes (created_at);
