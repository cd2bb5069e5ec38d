/**
 * Strict JSON reading of request bodies: a wrong type is a client's mistake, never a
 * guess.
 */
package org.cordon.platform.json;
