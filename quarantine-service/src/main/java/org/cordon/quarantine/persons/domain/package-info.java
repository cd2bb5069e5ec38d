/**
 * What a person's file is, how its status follows from its dates, what a valid
 * registration and a valid Chinese ID number are, and what published text must never
 * hold. Plain Java.
 */
package org.cordon.quarantine.persons.domain;
