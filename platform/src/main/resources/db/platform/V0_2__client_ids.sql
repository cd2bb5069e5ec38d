-- Create-by-client-id idempotency: the first request with an id claims it together with
-- the change it makes; a repeat is compared by fingerprint and answered from `result`.
create table client_ids (
    scope        text        not null,
    client_id    uuid        not null,
    fingerprint  text        not null,
    result       text,
    created_at   timestamptz not null default now(),
    primary key (scope, client_id)
);
