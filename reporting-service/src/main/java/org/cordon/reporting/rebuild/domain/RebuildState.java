package org.cordon.reporting.rebuild.domain;

/**
 * Where a rebuild is: building (and swapping), done with its tables in the live ones'
 * place, or failed with the live views untouched.
 */
public enum RebuildState {

	RUNNING, DONE, FAILED

}
