/**
 * Plumbing every Cordon write service reuses; nothing here knows a context's rules.
 */
package org.cordon.platform;
