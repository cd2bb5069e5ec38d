package org.cordon.reporting.bulletin.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.cordon.contracts.inspection.AccountabilityImposed;
import org.cordon.contracts.inspection.AccountabilityKind;
import org.cordon.contracts.inspection.InspectionEvent;
import org.cordon.contracts.inspection.IssueFound;
import org.cordon.contracts.inspection.IssueRectified;

/**
 * Folds a batch's inspection events into one row of days per issue and one per
 * accountability action. {@code IssueOverdue} tells the bulletin nothing: whether an
 * issue is overdue at the end of a day follows from its deadline and the day it was
 * rectified ({@link IssueTally}).
 */
public final class InspectionDayChanges {

	private final ZoneId zone;

	private final Map<UUID, IssueDays> issues = new LinkedHashMap<>();

	private final Map<UUID, ActionDay> actions = new LinkedHashMap<>();

	/**
	 * @param zone the platform's time zone, for events that carry no day
	 */
	public InspectionDayChanges(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * @param event an inspection event
	 * @return true when it places a fact on a day
	 */
	public static boolean matters(InspectionEvent event) {
		return event instanceof IssueFound || event instanceof IssueRectified || event instanceof AccountabilityImposed;
	}

	/**
	 * @param event an event of the batch; one that does not matter is passed over
	 * @param time its {@code ce_time}, the day of which counts when it carries none
	 * @return this
	 */
	public InspectionDayChanges add(InspectionEvent event, Instant time) {
		if (event instanceof IssueFound found) {
			this.issues.put(found.issueId(), issue(found.issueId()).found(found.region(),
					BusinessDays.of(found.foundOn(), time, this.zone), found.deadline()));
		}
		else if (event instanceof IssueRectified rectified) {
			this.issues.put(rectified.issueId(),
					issue(rectified.issueId()).rectified(BusinessDays.of(rectified.rectifiedOn(), time, this.zone)));
		}
		else if (event instanceof AccountabilityImposed imposed) {
			this.actions.putIfAbsent(imposed.getActionId(), new ActionDay(imposed.getActionId(), imposed.getIssueId(),
					imposed.getKind(), BusinessDays.of(imposed.getOn(), time, this.zone)));
		}
		return this;
	}

	private IssueDays issue(UUID issueId) {
		return this.issues.getOrDefault(issueId, IssueDays.of(issueId));
	}

	public List<IssueDays> issues() {
		return List.copyOf(this.issues.values());
	}

	public List<ActionDay> actions() {
		return List.copyOf(this.actions.values());
	}

	/**
	 * An accountability action on its day; the official is not kept, the bulletin counts.
	 *
	 * @param actionId the action
	 * @param issueId the issue it answers, or null
	 * @param kind how the official was held to account
	 * @param takenOn the day it was imposed
	 */
	public record ActionDay(UUID actionId, UUID issueId, AccountabilityKind kind, LocalDate takenOn) {

	}

}
