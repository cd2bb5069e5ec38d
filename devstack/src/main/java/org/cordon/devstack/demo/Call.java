package org.cordon.devstack.demo;

import java.time.LocalDate;

/**
 * One request of the demo, as a checkpoint or an operator would send it.
 *
 * @param day the business day it belongs to
 * @param kind what it records, e.g. {@code persons}; the summary counts by kind
 * @param caller whose key sends it
 * @param path the gateway path
 * @param body the JSON body
 */
public record Call(LocalDate day, String kind, Caller caller, String path, String body) {

	/** The three keys the demo uses. */
	public enum Caller {

		ADMIN, OPERATOR, CHECKPOINT

	}

}
