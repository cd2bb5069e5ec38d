/**
 * The rules of logging in: how long a session lasts, what a session cookie holds, where a
 * login may send the person afterwards, and how a failing client address is slowed down.
 * Plain Java.
 */
package org.cordon.gateway.login.domain;
