/**
 * The rules of people's accounts: what a username and a password must be, which roles a
 * person may hold, the dev users, and when failed logins lock a username. Plain Java.
 */
package org.cordon.gateway.users.domain;
