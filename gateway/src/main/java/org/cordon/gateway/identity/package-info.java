/**
 * The identity the gateway signs for services (ADR 0004) and its relay on routed
 * requests.
 */
package org.cordon.gateway.identity;
