-- The daily bulletin counts each fact on its business day (the day the event says it
-- happened), not when it was entered: a replay of February 2020 entered years later must
-- print February's figures. Events written before a day was carried (registeredOn) place
-- the fact on the day of their ce_time in the platform's time zone.
--
-- One row per person: the region and category (PersonRegistered) and the first day of
-- each fact the census counts. Never a name, ID number, phone or address.
-- Views kept before this table existed are not in it: a rebuild fills it from the log.
create table bulletin_persons (
    person_id       uuid  primary key,
    region          text,
    category        text,
    registered_on   date,
    released_on     date,
    suspected_on    date,
    confirmed_on    date,
    transferred_on  date
);

-- Each isolation by its first day; on a day, the person is in the latest started by then.
create table bulletin_isolations (
    person_id            uuid  not null,
    started_on           date  not null,
    mode                 text  not null,
    observation_ends_on  date,
    primary key (person_id, started_on)
);
