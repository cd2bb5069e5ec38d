package org.cordon.gateway.users;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A user as {@code GET /api/admin/users} shows it: nothing about the password.
 *
 * @param username the username
 * @param roles the roles
 * @param disabled whether an admin disabled the user
 * @param createdAt when the user was created
 * @param lastLoginAt the last successful login; absent before the first
 */
record UserListing(String username, List<String> roles, boolean disabled, Instant createdAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) Instant lastLoginAt) {

}
