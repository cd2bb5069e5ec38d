package org.cordon.inspection.accountability;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import org.cordon.contracts.inspection.AccountabilityImposed;

/**
 * The accountability actions on file.
 */
@Repository
class AccountabilityActions {

	private final DatabaseClient database;

	AccountabilityActions(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> insert(AccountabilityImposed action) {
		DatabaseClient.GenericExecuteSpec insert = this.database.sql("""
				insert into accountability_actions (action_id, issue_id, subject, kind, taken_on)
				values ($1, $2, $3, $4, $5)""")
			.bind(0, action.getActionId())
			.bind(2, action.getSubject())
			.bind(3, action.getKind().name())
			.bind(4, action.getOn());
		insert = (action.getIssueId() != null) ? insert.bind(1, action.getIssueId()) : insert.bindNull(1, UUID.class);
		return insert.fetch().rowsUpdated().then();
	}

}
