package org.cordon.contracts.supply;

/**
 * Who supplies are issued to, in the order the command serves them: scarce items go to
 * fever clinics and sampling teams first.
 */
public enum IssuePriority {

	FEVER_CLINIC, SAMPLING, CHECKPOINT, COMMUNITY, OTHER

}
