/**
 * The rules of building the views beside the live ones: which tables a build copies, when
 * it is close enough to the live positions to finish under the live tables' lock, what
 * its progress reads, when a swap is tried again, and how a verification's differences
 * are reported. Plain Java.
 */
package org.cordon.reporting.rebuild.domain;
