package org.cordon.reporting.consuming.domain;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A schema beside the live one that holds copies of the view tables: those a rebuild or a
 * verification builds from the log, or the live tables a rebuild retired. Its name goes
 * into SQL as an identifier, so only names of this fixed shape are ever made: a prefix
 * that says what the schema is for, and the id of the run it belongs to.
 *
 * @param name the schema's name
 */
public record ShadowSchema(String name) {

	private static final String BUILD = "views_build_";

	private static final String VERIFY = "views_verify_";

	private static final String RETIRED = "views_retired_";

	private static final Pattern NAME = Pattern.compile("views_(build|verify|retired)_[0-9a-f]{32}");

	public ShadowSchema {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not a shadow schema's name: " + name);
		}
	}

	/**
	 * @param rebuildId the rebuild
	 * @return the schema the rebuild builds the views in
	 */
	public static ShadowSchema builtBy(UUID rebuildId) {
		return new ShadowSchema(BUILD + hex(rebuildId));
	}

	/**
	 * @param rebuildId the rebuild
	 * @return the schema the rebuild moves the replaced live tables to
	 */
	public static ShadowSchema retiredBy(UUID rebuildId) {
		return new ShadowSchema(RETIRED + hex(rebuildId));
	}

	/**
	 * @param verificationId one verification
	 * @return the scratch schema it builds the views in
	 */
	public static ShadowSchema verifiedBy(UUID verificationId) {
		return new ShadowSchema(VERIFY + hex(verificationId));
	}

	/**
	 * @param name any schema's name
	 * @return whether it is a rebuild's schema, its build or its retired tables
	 */
	public static boolean isRebuildSchema(String name) {
		return name != null && NAME.matcher(name).matches() && !name.startsWith(VERIFY);
	}

	private static String hex(UUID id) {
		return id.toString().replace("-", "").toLowerCase(Locale.ROOT);
	}

}
