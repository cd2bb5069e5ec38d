-- The outbox is a queue: under batch ingest a service writes and deletes thousands of rows
-- a second. Autovacuum's defaults are made for tables that keep their rows: it came when a
-- fifth of the (tiny) live table was dead and then worked at its throttled pace, so half a
-- million dead rows piled up and every relay read scanned them (ADR 24). Vacuum it after
-- every thousand deleted rows, unthrottled: it is small.
alter table outbox set (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 1000,
    autovacuum_vacuum_cost_delay = 0);

-- Event ids are fresh random UUIDs, and every consumer recognises a repeated one (ce_id):
-- the unique index guarded nothing and cost a random index insert for every event.
alter table outbox drop constraint outbox_event_id_key;
