package org.cordon.testsupport;

import java.lang.management.ManagementFactory;

import com.sun.management.OperatingSystemMXBean;

/**
 * How much memory the embedded default's PostgreSQL keeps its pages in: a quarter of the
 * machine's memory, PostgreSQL's own rule of thumb, between 128 MB (its stock setting)
 * and 4 GB.
 * <p>
 * Every database of a one-machine Cordon lives in this one server, and its hottest pages
 * are random-key indexes (report ids, 1.5 GB at 38 million count reports): a batch of a
 * thousand new reports touches a thousand random pages of that index. With 1 GB, most of
 * those pages had to be read back from the operating system, and a backend wrote out a
 * dirty page for each page it read (ADR 26).
 */
final class SharedBuffers {

	static final long LEAST_MB = 128;

	static final long MOST_MB = 4096;

	private SharedBuffers() {
	}

	/**
	 * @return the setting for this machine, e.g. {@code 4096MB}
	 */
	static String forThisMachine() {
		OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return forMemory(system.getTotalMemorySize());
	}

	/**
	 * @param physicalBytes the machine's memory
	 * @return a quarter of it in whole megabytes, within the bounds
	 */
	static String forMemory(long physicalBytes) {
		long quarterMb = physicalBytes / 4 / (1024 * 1024);
		return Math.max(LEAST_MB, Math.min(MOST_MB, quarterMb)) + "MB";
	}

}
