package org.cordon.contracts.quarantine;

/**
 * Where a person is isolated: at home, in a centralised site (a hotel), or in hospital.
 */
public enum IsolationMode {

	HOME, CENTRALIZED, HOSPITAL

}
