package org.cordon.testsupport;

import com.sun.security.auth.module.UnixSystem;

/**
 * Whether this JVM runs as root, the one case in which PostgreSQL has to be started in a
 * user namespace because it refuses to run with superuser privileges.
 */
final class RootUser {

	private static final boolean ROOT = detect();

	private RootUser() {
	}

	static boolean isRoot() {
		return ROOT;
	}

	private static boolean detect() {
		try {
			return new UnixSystem().getUid() == 0;
		}
		catch (LinkageError | RuntimeException ex) {
			// not a Unix JVM, or the jdk.security.auth module is absent
			return "root".equals(System.getProperty("user.name"));
		}
	}

}
