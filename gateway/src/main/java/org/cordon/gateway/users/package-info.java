/**
 * People's accounts: creating, listing and disabling users ({@code /api/admin/users}),
 * checking a password with the lockout, and the dev users of the embedded default.
 */
package org.cordon.gateway.users;
