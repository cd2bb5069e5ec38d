package org.cordon.checkpoint.counts;

import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;

import org.cordon.checkpoint.counts.domain.FiledReport;
import org.cordon.checkpoint.counts.domain.Filing;
import org.cordon.contracts.checkpoint.Counts;
import org.cordon.contracts.checkpoint.CountsReported;
import org.cordon.platform.cloudevents.Provenance;
import org.cordon.platform.outbox.Outbox;

/**
 * What the filings of one transaction change: the reports to store and the events to
 * publish, each event with its caller. Duplicates and conflicts change nothing.
 */
final class Changes {

	private final List<FiledReport> reports = new ArrayList<>();

	private final List<Outbox.Entry> events = new ArrayList<>();

	/**
	 * @param filing what filing a report did
	 * @param provenance who posted the report
	 */
	void add(Filing filing, Provenance provenance) {
		if (filing instanceof Filing.Accepted accepted) {
			add(accepted.filed(), null, provenance);
		}
		else if (filing instanceof Filing.Corrected corrected) {
			add(corrected.filed(), corrected.previous(), provenance);
		}
	}

	/**
	 * Stores the reports and appends their events, one statement each, inside the
	 * caller's transaction.
	 * @param store where reports are filed
	 * @param outbox where events wait for the relay
	 * @return completion
	 */
	Mono<Void> store(CountReports store, Outbox outbox) {
		return store.insert(this.reports).then(outbox.appendAll(this.events));
	}

	private void add(FiledReport filed, Counts previous, Provenance provenance) {
		this.reports.add(filed);
		this.events.add(new Outbox.Entry(new CountsReported(filed.checkpointId(), filed.reportId(),
				filed.period().start(), filed.period().end(), filed.revision(), filed.counts(), previous), provenance));
	}

}
