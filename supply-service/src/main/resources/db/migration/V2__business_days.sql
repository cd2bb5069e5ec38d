-- The day each order, stock line and donation happened, as the operator booked it (today
-- when the request left it out). ADR 0022. Rows written before the day was carried keep
-- null: their day is the day of their *_at instant, as for the events written then.
-- (stock_ledger refuses updates, and it must: a line once written stays as it is.)
alter table orders add column ordered_on date;
alter table stock_ledger add column booked_on date;
alter table donations add column received_on date;
