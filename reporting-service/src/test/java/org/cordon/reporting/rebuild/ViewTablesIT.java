package org.cordon.reporting.rebuild;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import org.cordon.reporting.ReportingServiceTest;
import org.cordon.reporting.rebuild.domain.ViewTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables a build copies are named by hand; the migrations must not add one to the
 * live schema without naming its role, or a rebuild would leave it out of the swap.
 */
@ReportingServiceTest
class ViewTablesIT {

	@Autowired
	DatabaseClient database;

	@Test
	void everyTableOfTheLiveSchemaIsAViewAPositionOrNamedAsNotCopied() {
		assertThat(unnamedTables()).isEmpty();
		assertThat(liveTables()).containsAll(ViewTables.copied());
	}

	@Test
	void aTableAddedWithoutARoleIsCaught() {
		execute("create table public.unnamed_view (id integer primary key)");
		try {
			assertThat(unnamedTables()).containsExactly("unnamed_view");
		}
		finally {
			execute("drop table public.unnamed_view");
		}
	}

	@Test
	void noCopiedTableTakesItsValuesFromASequenceTheSwapWouldRetire() {
		List<String> sequenced = this.database.sql("""
				select table_name from information_schema.columns
				where table_schema = 'public' and table_name = any($1) and column_default like 'nextval%'""")
			.bind(0, ViewTables.copied().toArray(String[]::new))
			.map((row) -> row.get("table_name", String.class))
			.all()
			.collectList()
			.block();
		assertThat(sequenced).isEmpty();
	}

	private List<String> unnamedTables() {
		List<String> unnamed = new ArrayList<>(liveTables());
		unnamed.removeAll(ViewTables.copied());
		unnamed.removeAll(ViewTables.NOT_COPIED);
		return unnamed;
	}

	private List<String> liveTables() {
		return this.database.sql("select tablename from pg_tables where schemaname = 'public' order by tablename")
			.map((row) -> row.get("tablename", String.class))
			.all()
			.collectList()
			.block();
	}

	private void execute(String statement) {
		this.database.sql(statement).fetch().rowsUpdated().block();
	}

}
