package org.cordon.quarantine.isolation;

import java.time.LocalDate;
import java.util.List;

import org.cordon.contracts.quarantine.IsolationMode;
import org.cordon.quarantine.persons.domain.Isolation;
import org.cordon.quarantine.persons.domain.Monitor;

/**
 * The body of {@code POST /api/persons/{personId}/isolation}. Its {@code toString} names
 * no monitor.
 */
record IsolationRequest(IsolationMode mode, String site, LocalDate startedOn, List<MonitorRequest> monitors) {

	List<Monitor> monitorList() {
		return (this.monitors != null) ? this.monitors.stream()
			.map((m) -> (m != null) ? new Monitor(m.name(), m.role(), m.phone()) : null)
			.toList() : null;
	}

	/**
	 * @return the isolation, blanks stripped; call once the request is valid
	 */
	Isolation toIsolation() {
		return new Isolation(this.mode, this.site.strip(), this.startedOn,
				this.monitors.stream()
					.map((m) -> new Monitor(m.name().strip(), m.role().strip(), m.phone().strip()))
					.toList());
	}

	@Override
	public String toString() {
		return "IsolationRequest[" + this.mode + "]";
	}

	record MonitorRequest(String name, String role, String phone) {

		@Override
		public String toString() {
			return "MonitorRequest[withheld]";
		}

	}

}
