package org.cordon.contracts;

import java.util.HashMap;
import java.util.Map;

import org.cordon.contracts.checkpoint.CheckpointSamples;
import org.cordon.contracts.inspection.InspectionSamples;
import org.cordon.contracts.quarantine.QuarantineSamples;
import org.cordon.contracts.supply.SupplySamples;

/**
 * The record each golden sample under {@code samples/} must read as, by type name; each
 * context keeps its own.
 */
final class GoldenSamples {

	static final Map<String, DomainEvent> EXPECTED = all();

	private GoldenSamples() {
	}

	private static Map<String, DomainEvent> all() {
		Map<String, DomainEvent> all = new HashMap<>();
		all.putAll(CheckpointSamples.EXPECTED);
		all.putAll(QuarantineSamples.EXPECTED);
		all.putAll(SupplySamples.EXPECTED);
		all.putAll(InspectionSamples.EXPECTED);
		return Map.copyOf(all);
	}

}
