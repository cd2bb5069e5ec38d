/**
 * The rules of the quarantine summary: what each event tells about a person, where a
 * person's file stands (as quarantine-service decides it), who is under observation or
 * due for release, and how the counts add up. Plain Java.
 */
package org.cordon.reporting.quarantine.domain;
