/**
 * What a valid accountability action is. Plain Java.
 */
package org.cordon.inspection.accountability.domain;
