/**
 * W3C trace context, carried from the request into every event it raises.
 */
package org.cordon.platform.trace;
