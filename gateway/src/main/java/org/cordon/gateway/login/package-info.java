/**
 * How people log in: the login form, sessions kept in the gateway's database behind an
 * HttpOnly cookie, logout, and the session's person as the caller of each request.
 */
package org.cordon.gateway.login;
