package org.cordon.reporting.inspections.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.cordon.contracts.inspection.AccountabilityImposed;
import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.contracts.inspection.InspectionEvent;
import org.cordon.contracts.inspection.IssueFound;
import org.cordon.contracts.inspection.IssueOverdue;
import org.cordon.contracts.inspection.IssueRectified;

/**
 * Folds a batch's inspection events into one change per issue, in the order they were
 * published (an issue's events share a partition), and the accountability actions, one
 * per action id.
 */
public final class InspectionChanges {

	private final Map<UUID, IssueChange> issues = new LinkedHashMap<>();

	private final Map<UUID, Action> actions = new LinkedHashMap<>();

	public InspectionChanges add(InspectionEvent event) {
		return add(event, null);
	}

	/**
	 * Folds in an event with the time it took effect, for the ledger as of an instant.
	 * @param event the event
	 * @param time its {@code ce_time}, or null when not known
	 * @return this
	 */
	public InspectionChanges add(InspectionEvent event, Instant time) {
		if (event instanceof IssueFound found) {
			issue(found.issueId(), (issue) -> issue.found(found, time));
		}
		else if (event instanceof IssueRectified rectified) {
			issue(rectified.issueId(), (issue) -> issue.rectified(rectified, time));
		}
		else if (event instanceof IssueOverdue overdue) {
			issue(overdue.issueId(), (issue) -> issue.overdue(overdue, time));
		}
		else if (event instanceof AccountabilityImposed imposed) {
			this.actions.putIfAbsent(imposed.getActionId(),
					new Action(imposed.getActionId(), imposed.getIssueId(), imposed.getKind(), time));
		}
		return this;
	}

	private void issue(UUID issueId, UnaryOperator<IssueChange> change) {
		this.issues.put(issueId, change.apply(this.issues.getOrDefault(issueId, IssueChange.of(issueId))));
	}

	/**
	 * @return one change per issue, in the order the issues first appeared
	 */
	public List<IssueChange> issues() {
		return List.copyOf(this.issues.values());
	}

	/**
	 * @return the accountability actions, one per action id
	 */
	public List<Action> actions() {
		return List.copyOf(this.actions.values());
	}

	public boolean isEmpty() {
		return this.issues.isEmpty() && this.actions.isEmpty();
	}

	/**
	 * An accountability action as the ledger counts it: by kind, and by the region of its
	 * issue. The official's name is not kept; the ledger counts, it does not name.
	 *
	 * @param actionId the action
	 * @param issueId the issue it answers, or null
	 * @param kind how the official was held to account
	 * @param takenAt the {@code ce_time} of {@code AccountabilityImposed}, when known
	 */
	public record Action(UUID actionId, UUID issueId, AccountabilityKind kind, Instant takenAt) {

		/**
		 * An action without its event's time.
		 * @param actionId the action
		 * @param issueId the issue it answers, or null
		 * @param kind how the official was held to account
		 */
		public Action(UUID actionId, UUID issueId, AccountabilityKind kind) {
			this(actionId, issueId, kind, null);
		}

	}

}
