/**
 * The gateway, packaged by feature: {@code access} (who may call what), {@code keys} (API
 * keys and their management), {@code users} (people's accounts), {@code login} (the login
 * form and sessions), {@code identity} (the token services trust), {@code ratelimit},
 * {@code routing} (body limit, upstream failures) and {@code docs} (the public API's
 * OpenAPI document). Each feature's rules live in a framework-free {@code domain}
 * package.
 */
package org.cordon.gateway;
