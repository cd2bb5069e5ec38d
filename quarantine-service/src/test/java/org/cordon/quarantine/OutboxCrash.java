package org.cordon.quarantine;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Makes the outbox refuse the event of one type for one key, through a trigger, so that a
 * write fails after its state change and before commit, as if the service crashed there.
 */
public final class OutboxCrash {

	private OutboxCrash() {
	}

	public static void on(DatabaseClient database, UUID key, String type) {
		heal(database);
		execute(database, """
				create function crash_before_commit() returns trigger language plpgsql as $body$
				begin
				    if new.event_key = '%s' and new.event_type = '%s' then
				        raise exception 'simulated crash before commit';
				    end if;
				    return new;
				end
				$body$""".formatted(key, type));
		execute(database, """
				create trigger crash_before_commit before insert on outbox
				    for each row execute function crash_before_commit()""");
	}

	public static void heal(DatabaseClient database) {
		execute(database, "drop trigger if exists crash_before_commit on outbox");
		execute(database, "drop function if exists crash_before_commit()");
	}

	private static void execute(DatabaseClient database, String sql) {
		database.sql(sql).fetch().rowsUpdated().block();
	}

}
