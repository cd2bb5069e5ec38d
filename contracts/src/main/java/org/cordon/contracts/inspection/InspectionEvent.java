package org.cordon.contracts.inspection;

import org.cordon.contracts.DomainEvent;

/**
 * An event of the inspection context. An issue's events are keyed by the issue; an
 * accountability action by the action, since it may concern no issue at all.
 */
public sealed interface InspectionEvent extends DomainEvent
		permits IssueFound, IssueRectified, IssueOverdue, AccountabilityImposed {

}
