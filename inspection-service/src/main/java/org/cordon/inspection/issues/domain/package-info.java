/**
 * What a valid issue is and how it may be rectified. Plain Java.
 */
package org.cordon.inspection.issues.domain;
