package org.cordon.inspection.crash;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Makes the outbox insert fail for chosen rows, as a crash after the state change and
 * before the commit would: a trigger raises for the rows the condition matches. Closing
 * drops the trigger.
 */
final class FailingOutbox implements AutoCloseable {

	private final DatabaseClient database;

	private FailingOutbox(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * @param database the service's database
	 * @param condition SQL over the inserted row {@code new}, e.g.
	 * {@code new.event_key = '...'}
	 * @return the failing outbox, to close when done
	 */
	static FailingOutbox whereRow(DatabaseClient database, String condition) {
		database.sql("""
				create or replace function simulated_crash() returns trigger language plpgsql as $$
				begin
				    if %s then
				        raise exception 'simulated crash before commit';
				    end if;
				    return new;
				end
				$$""".formatted(condition)).then().block();
		database.sql("""
				create trigger simulated_crash before insert on outbox
				    for each row execute function simulated_crash()""").then().block();
		return new FailingOutbox(database);
	}

	@Override
	public void close() {
		this.database.sql("drop trigger if exists simulated_crash on outbox").then().block();
		this.database.sql("drop function if exists simulated_crash()").then().block();
	}

}
