-- The transactional outbox: a state change and the events announcing it commit together;
-- the relay publishes rows in seq order and deletes them only after Kafka acknowledged.
create table outbox (
    seq          bigserial   primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    event_key    text        not null,
    event_type   text        not null,
    source       text        not null,
    occurred_at  timestamptz not null,
    actor        text,
    traceparent  text,
    payload      text        not null
);

-- Wake the relay at commit; the relay also polls slowly in case a notification is missed.
create function outbox_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox', '');
    return null;
end
$$;

create trigger outbox_inserted after insert on outbox
    for each statement execute function outbox_notify();
