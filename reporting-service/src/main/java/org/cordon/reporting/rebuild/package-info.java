/**
 * Building every view again from the log beside the live ones, in a schema of its own: to
 * verify the live views against it, key by key, or to replace them with it in one
 * transaction while they keep answering and keep applying new events.
 */
package org.cordon.reporting.rebuild;
