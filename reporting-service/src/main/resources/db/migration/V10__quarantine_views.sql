-- One row per person on file, holding only what the quarantine summary counts by: the
-- region and category (from PersonRegistered), the latest isolation's mode and last day of
-- observation (PersonIsolated), whether each status was ever announced, and the instant of
-- the latest fever. Never a name, ID number, phone or address: the events carry none.
-- The summary is counted from these rows at query time, because two of its figures
-- (due for release, fever in the last 24 hours) depend on the time of the query.
-- Every status flag only ever turns true and the latest fever is a maximum, so merging a
-- batch's facts into a row is exact whatever the batches' boundaries (see PersonChange).
-- region and category are null for a person whose registration this view has not seen.
create table quarantine_persons (
    person_id            uuid        primary key,
    region               text,
    category             text,
    mode                 text,
    observation_ends_on  date,
    isolated             boolean     not null default false,
    suspected            boolean     not null default false,
    confirmed            boolean     not null default false,
    transferred          boolean     not null default false,
    released             boolean     not null default false,
    last_fever_at        timestamptz
);

create index quarantine_persons_by_region on quarantine_persons (region);
