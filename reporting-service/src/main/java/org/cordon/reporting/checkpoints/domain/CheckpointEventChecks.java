package org.cordon.reporting.checkpoints.domain;

import java.util.ArrayList;
import java.util.List;

import org.cordon.contracts.checkpoint.CheckpointEvent;
import org.cordon.contracts.checkpoint.CheckpointRegistered;
import org.cordon.contracts.checkpoint.CountsReported;

/**
 * What an event must carry before the views apply it. JSON that reads into a record may
 * still miss a field, and a correction without {@code previousCounts} would count its
 * period twice: such an event is refused, never guessed at.
 */
public final class CheckpointEventChecks {

	private CheckpointEventChecks() {
	}

	/**
	 * @param event a decoded event
	 * @return what is wrong with it; empty when the views can apply it
	 */
	public static List<String> problems(CheckpointEvent event) {
		List<String> problems = new ArrayList<>();
		if (event.checkpointId() == null) {
			problems.add("checkpointId is missing");
		}
		if (event instanceof CountsReported report) {
			if (report.periodStart() == null) {
				problems.add("periodStart is missing");
			}
			if (report.counts() == null) {
				problems.add("counts is missing");
			}
			if (report.revision() < 1) {
				problems.add("revision must be at least 1");
			}
			if (report.revision() > 1 && report.previousCounts() == null) {
				problems.add("a correction (revision > 1) must carry previousCounts");
			}
			if (report.revision() == 1 && report.previousCounts() != null) {
				problems.add("a first report (revision 1) must not carry previousCounts");
			}
		}
		if (event instanceof CheckpointRegistered registered) {
			if (registered.name() == null || registered.region() == null || registered.kind() == null) {
				problems.add("name, region and kind are required");
			}
		}
		return problems;
	}

}
