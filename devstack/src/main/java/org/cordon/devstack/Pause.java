package org.cordon.devstack;

/**
 * The wait between two polls of something that is starting.
 */
final class Pause {

	private Pause() {
	}

	static void briefly() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting", ex);
		}
	}

}
