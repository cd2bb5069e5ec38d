package org.cordon.reporting.archfixture;

import org.cordon.elsewhere2.AnotherServicesClass;

/**
 * A deliberate violation: a class that uses another service's code.
 */
public class CallsAnotherService {

	AnotherServicesClass other = new AnotherServicesClass();

}
