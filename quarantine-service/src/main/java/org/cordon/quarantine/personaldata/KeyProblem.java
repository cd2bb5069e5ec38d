package org.cordon.quarantine.personaldata;

/**
 * A key for personal data is missing or malformed: the service must not start, since it
 * could neither protect nor read ID numbers. The message names the property, never a key.
 */
public class KeyProblem extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String property;

	KeyProblem(String property, String problem) {
		super("The key " + property + " " + problem + ".");
		this.property = property;
	}

	/**
	 * @return the configuration property that holds the key
	 */
	public String property() {
		return this.property;
	}

}
