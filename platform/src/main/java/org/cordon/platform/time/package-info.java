/**
 * The platform's clock and time zone; injectable so tests can move time.
 */
package org.cordon.platform.time;
