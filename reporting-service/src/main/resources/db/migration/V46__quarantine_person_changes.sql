-- What a person's events whose ce_time is effective_at told, merged by the rule of
-- quarantine_persons, so that the summary can be answered as of an instant: a person as
-- of T is their rows with effective_at <= T merged in the order of their instants (a value
-- told later replaces one told earlier, a flag once set stays, the latest fever is the
-- latest). Never a name, ID number, phone or address: the events carry none.
create table quarantine_person_changes (
    person_id            uuid         not null,
    effective_at         timestamptz  not null,
    region               text,
    category             text,
    mode                 text,
    observation_ends_on  date,
    isolated             boolean      not null default false,
    suspected            boolean      not null default false,
    confirmed            boolean      not null default false,
    transferred          boolean      not null default false,
    released             boolean      not null default false,
    last_fever_at        timestamptz,
    primary key (person_id, effective_at)
);

-- The persons already on file, from events whose times were not recorded: they count as
-- known at any instant until a rebuild replays the events with their times.
insert into quarantine_person_changes (person_id, effective_at, region, category, mode, observation_ends_on,
    isolated, suspected, confirmed, transferred, released, last_fever_at)
select person_id, '-infinity', region, category, mode, observation_ends_on, isolated, suspected, confirmed,
    transferred, released, last_fever_at
from quarantine_persons;
