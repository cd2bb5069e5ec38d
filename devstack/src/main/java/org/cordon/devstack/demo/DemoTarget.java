package org.cordon.devstack.demo;

import org.cordon.devstack.demo.Call.Caller;

/**
 * The Cordon the demo replays into: its gateway and the three keys it sends with.
 *
 * @param url the gateway's base URL, e.g. {@code http://localhost:8080}
 * @param adminKey registers the checkpoints
 * @param operatorKey writes quarantine, supply and inspection records
 * @param checkpointKey reports the counts; must cover every checkpoint
 */
public record DemoTarget(String url, String adminKey, String operatorKey, String checkpointKey) {

	/** The embedded default's gateway. */
	public static final String DEFAULT_URL = "http://localhost:8080";

	/**
	 * @param url the gateway's base URL
	 * @return the target with the embedded default's dev keys
	 */
	public static DemoTarget withDevKeys(String url) {
		return new DemoTarget(url, "dev-admin-key", "dev-operator-key", "dev-checkpoint-key");
	}

	String key(Caller caller) {
		return switch (caller) {
			case ADMIN -> this.adminKey;
			case OPERATOR -> this.operatorKey;
			case CHECKPOINT -> this.checkpointKey;
		};
	}

}
