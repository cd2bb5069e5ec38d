-- Quarantine-service's own database: the only place where a person's name, ID number,
-- phone and address are kept (ADR 0011). Platform tables (outbox, client_ids) come from
-- db/platform with versions 0.x.
--
-- No CHECK constraints on rows holding personal data: PostgreSQL reports a failing check
-- with "Failing row contains (...)", every column included, and such an error would be
-- logged. The rules are checked before anything is written.

create table persons (
    person_id            uuid        primary key,
    name                 text        not null,
    -- AES-GCM: 12-byte nonce followed by ciphertext and tag; the person id is the
    -- associated data, so a ciphertext copied to another row does not decrypt
    id_number_encrypted  bytea       not null,
    -- HMAC-SHA256 under a second key: finds a duplicate without decrypting every row
    id_number_hash       bytea       not null unique,
    phone                text        not null,
    region               text        not null,
    address              text        not null,
    category             text        not null,
    exposure_region      text        not null,
    last_exposure_on     date        not null,
    observation_ends_on  date        not null,
    isolation_mode       text,
    isolation_site       text,
    isolation_started_on date,
    suspected_on         date,
    confirmed_on         date,
    transferred_on       date,
    transfer_facility    text,
    released_on          date,
    registered_at        timestamptz not null default now()
);

-- The named monitors of the current isolation ("三方盯一"), in the order given.
create table monitors (
    person_id  uuid    not null references persons,
    position   integer not null,
    name       text    not null,
    role       text    not null,
    phone      text    not null,
    primary key (person_id, position)
);

-- One reading per person and instant: the same instant again is a repeat or a conflict.
create table temperatures (
    person_id  uuid         not null references persons,
    at         timestamptz  not null,
    celsius    numeric(3,1) not null,
    fever      boolean      not null,
    primary key (person_id, at)
);

-- contact_person_id was last in contact with source_person_id on last_contact_on.
create table contacts (
    source_person_id   uuid not null references persons,
    contact_person_id  uuid not null references persons,
    last_contact_on    date not null,
    primary key (source_person_id, contact_person_id)
);

create index contacts_by_contact on contacts (contact_person_id);
create index persons_under_observation on persons (observation_ends_on)
    where isolation_mode is not null and transferred_on is null;
