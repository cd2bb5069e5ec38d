/**
 * When an issue is overdue. Plain Java.
 */
package org.cordon.inspection.overdue.domain;
