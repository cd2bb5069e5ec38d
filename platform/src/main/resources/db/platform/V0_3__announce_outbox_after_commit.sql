-- A NOTIFY inside a writing transaction holds PostgreSQL's global notify lock until that
-- transaction's commit record is flushed, so every write of the service committed one
-- after the other, one disk flush each (about 30 a second here). The outbox is now
-- announced after commit, from a session that does not wait for the flush
-- (OutboxAnnouncer); the trigger goes.
drop trigger outbox_inserted on outbox;
drop function outbox_notify();
