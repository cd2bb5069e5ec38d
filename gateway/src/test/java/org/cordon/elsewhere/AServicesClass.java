package org.cordon.elsewhere;

/**
 * Stands for a class of some service, for the architecture test's deliberate violation.
 */
public class AServicesClass {

}
