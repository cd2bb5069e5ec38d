package org.cordon.devstack.demo;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Cordon answered the demo, per kind of record: accepted (new), duplicate (already
 * there with the same content: a second run answers only these), and conflicting (the id
 * already used with other content, e.g. by an older demo).
 */
public final class Tally {

	private final Map<String, int[]> byKind = new LinkedHashMap<>();

	void accepted(String kind) {
		counts(kind)[0]++;
	}

	void duplicate(String kind) {
		counts(kind)[1]++;
	}

	void conflict(String kind) {
		counts(kind)[2]++;
	}

	private int[] counts(String kind) {
		return this.byKind.computeIfAbsent(kind, (k) -> new int[3]);
	}

	/**
	 * @return how many requests were new, over every kind
	 */
	public int totalAccepted() {
		return this.byKind.values().stream().mapToInt((c) -> c[0]).sum();
	}

	/**
	 * @return how many requests were duplicates, over every kind
	 */
	public int totalDuplicates() {
		return this.byKind.values().stream().mapToInt((c) -> c[1]).sum();
	}

	/**
	 * @return how many ids were already used with other content
	 */
	public int totalConflicts() {
		return this.byKind.values().stream().mapToInt((c) -> c[2]).sum();
	}

	/**
	 * @return per kind: accepted, duplicate, conflict
	 */
	public Map<String, int[]> byKind() {
		Map<String, int[]> copy = new LinkedHashMap<>();
		this.byKind.forEach((kind, counts) -> copy.put(kind, counts.clone()));
		return copy;
	}

	void print(PrintStream out) {
		out.printf("  %-20s %9s %10s%n", "", "accepted", "duplicate");
		this.byKind.forEach((kind, c) -> out.printf("  %-20s %9d %10d%s%n", kind, c[0], c[1],
				(c[2] > 0) ? "   " + c[2] + " id(s) already used with other content" : ""));
	}

}
