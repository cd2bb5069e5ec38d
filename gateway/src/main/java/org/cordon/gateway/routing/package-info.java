/**
 * Routing to the services: the request body limit and a clear 503 when a service is down.
 */
package org.cordon.gateway.routing;
