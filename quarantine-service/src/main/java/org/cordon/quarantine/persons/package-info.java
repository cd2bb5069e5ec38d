/**
 * Opening a person's file (one ID number, one file), reading it back, and the one way
 * every feature changes a file: locked, decided by a rule, stored and announced in one
 * transaction.
 */
package org.cordon.quarantine.persons;
