package org.cordon.contracts.inspection;

import java.util.List;

import org.cordon.contracts.EventType;

/**
 * The topic and the type names of the inspection context.
 */
public final class InspectionEvents {

	public static final String TOPIC = "inspection.events";

	public static final List<EventType> TYPES = List.of(new EventType(IssueFound.TYPE, IssueFound.class, TOPIC),
			new EventType(IssueRectified.TYPE, IssueRectified.class, TOPIC),
			new EventType(IssueOverdue.TYPE, IssueOverdue.class, TOPIC),
			new EventType(AccountabilityImposed.TYPE, AccountabilityImposed.class, TOPIC));

	private InspectionEvents() {
	}

}
