package org.cordon.elsewhere;

/**
 * Stands in for another service's code in the architecture test's deliberate violation.
 */
public class AnotherServicesClass {

}
