package org.cordon.gateway.archfixture;

import org.cordon.elsewhere.AServicesClass;

/**
 * A deliberate violation: the gateway using a service's code instead of its HTTP API.
 */
public class CallsAService {

	public String ask() {
		return new AServicesClass().toString();
	}

}
