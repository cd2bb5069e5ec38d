-- The day each file was opened, as the operator booked it (today when the request left it
-- out). ADR 0022. Files opened before the day was carried keep null: their day is the
-- day of registered_at, as for the events written then.
alter table persons add column registered_on date;
