package org.cordon.inspection.archfixture;

import org.cordon.elsewhere.AnotherServicesClass;

/**
 * A deliberate violation: a class that uses another service's code.
 */
public class CallsAnotherService {

	AnotherServicesClass other = new AnotherServicesClass();

}
